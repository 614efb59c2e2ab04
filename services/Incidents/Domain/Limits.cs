namespace Ledningssystem.Incidents.Domain;

/// <summary>Sizes of what callers write; validators refuse more and the columns hold exactly this much.</summary>
public static class Limits
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int NameLength = 200;
    public const int LongText = 4000;
    public const int ShortText = 2000;
    public const int PersonReference = 100;
    public const int Reference = 500;
    public const int Attachments = 10;
    public const int LegalReferences = 10;
    public const int LegalCode = 100;
    public const int Url = 500;
    public const int ActionsPerDecision = 20;
    public const int SentReference = 200;
    public const int ServiceNameLength = 40;
}
