namespace Ledningssystem.Risks.Domain;

/// <summary>Sizes of what callers write; validators refuse more and the columns hold exactly this much.</summary>
public static class Limits
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int NameLength = 200;
    public const int Title = 200;
    public const int LongText = 4000;
    public const int ShortText = 2000;
    public const int ScaleLabel = 40;
    public const int MinScale = 2;
    public const int MaxScale = 7;
    public const int Participants = 30;
    public const int EnumLength = 30;
    public const int MaxMateriality = 4;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
}
