namespace Ledningssystem.SelfInspection.Domain;

/// <summary>Sizes of what callers write; validators refuse more and the columns hold exactly this much.</summary>
public static class Limits
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int NameLength = 200;
    public const int RoleLength = 100;
    public const int ShortText = 2000;
    public const int LongText = 4000;
    public const int QuestionText = 500;
    public const int AnswerValue = 2000;
    public const int Activities = 200;
    public const int Questions = 200;
    public const int Choices = 50;
    public const int MaxWeight = 100;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
}
