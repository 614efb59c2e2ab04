using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Data;

/// <summary>Column sizes the service's tables share.</summary>
internal static class Columns
{
    public const int Enum = 40;

    public static readonly HistoryColumns History = new(Enum, Limits.UserIdLength, Limits.NameLength, Limits.ShortText);
}
