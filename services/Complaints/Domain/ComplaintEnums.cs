namespace Ledningssystem.Complaints.Domain;

/// <summary>Numbered like the contract's enums, so that mapping is a cast (ContractMapping).</summary>
public enum ComplaintState
{
    Received = 1,
    Acknowledged,
    Investigating,
    Answered,
    Closed,
    Forwarded,
}

public enum ComplaintKind
{
    Complaint = 1,
    Opinion,
    Suggestion,
    Praise,
}

public enum Channel
{
    WebForm = 1,
    Phone,
    Letter,
    Email,
    InPerson,
    PatientBoard,
    Ivo,
    OtherOrganisation,
}

public enum ComplainantRole
{
    ServiceUser = 1,
    Relative,
    Representative,
    Public,
    Employee,
    Authority,
    OtherOrganisation,
    Anonymous,
}

public enum DeadlineStage
{
    Acknowledge = 1,
    Answer,
}

public static class ComplaintStates
{
    /// <summary>The state as people read it in a sentence ("Klagomålet är ...").</summary>
    public static string Swedish(this ComplaintState state) => state switch
    {
        ComplaintState.Received => "mottaget",
        ComplaintState.Acknowledged => "bekräftat",
        ComplaintState.Investigating => "under utredning",
        ComplaintState.Answered => "besvarat",
        ComplaintState.Closed => "avslutat",
        ComplaintState.Forwarded => "överlämnat",
        _ => "okänt",
    };
}
