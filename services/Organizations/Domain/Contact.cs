namespace Ledningssystem.Organizations.Domain;

/// <summary>Where the region reaches a huvudman: a function such as the registrator rather than a person.</summary>
public sealed record Contact(string Name, string Email, string Phone);
