using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Complaints.Tests.Support;

/// <summary>Brings a fresh complaint, registered by staff at hemtjänst norr, to any state through the API (FORWARDED: handed over to Socialförvaltningen on receipt).</summary>
public sealed class Workflow(ComplaintsFixture platform)
{
    public static RegisterComplaintRequest Register(string unitId, string receivedOn) => new()
    {
        UnitId = unitId,
        Kind = ComplaintKind.Complaint,
        Channel = Channel.Phone,
        ReceivedOn = receivedOn,
        Subject = "Sen hemtjänst",
        Description = "Personalen kom två timmar för sent flera dagar i rad.",
        Complainant = new Complainant { Role = ComplainantRole.Relative, Name = "Karin Berg", Phone = "070-123 45 67" },
    };

    /// <summary>An anonymous complaint to hemtjänst norr through the public form.</summary>
    public static SubmitComplaintRequest AnonymousSubmission() => new()
    {
        TenantId = Demo.Aldre,
        UnitId = Demo.HemtjanstNorr,
        Kind = ComplaintKind.Complaint,
        Subject = "Maten",
        Description = "Maten var kall.",
        Anonymous = true,
    };

    public string Today => SwedishCalendar.Today(platform.Clock).ToIso();

    public static ForwardComplaintRequest ForwardToSocial(string complaintId) => new()
    {
        ComplaintId = complaintId,
        TenantId = Demo.Social,
        UnitId = Demo.SocialForvaltning,
        Reason = "Gäller socialnämndens verksamhet.",
    };

    public async Task<Complaint> InStateAsync(ComplaintState state)
    {
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var complaint = (await (await platform.AsAsync(Demo.AldreEmployee)).RegisterComplaintAsync(Register(Demo.HemtjanstNorr, Today))).Complaint;
        var id = complaint.ComplaintId;
        if (state == ComplaintState.Forwarded)
        {
            return (await manager.ForwardComplaintAsync(ForwardToSocial(id))).Complaint;
        }
        var steps = new Func<Task<Complaint>>[]
        {
            async () => (await manager.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = Today, Note = "Ringt upp" })).Complaint,
            async () => (await manager.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id })).Complaint,
            async () => (await manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Vi beklagar.", Actions = "Nytt schema.", ConfidentialityNote = "Uppgifter om annan brukare lämnas inte." })).Complaint,
            async () => (await manager.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id })).Complaint,
        };
        foreach (var step in steps)
        {
            if (complaint.State == state)
            {
                break;
            }
            complaint = await step();
        }
        return complaint;
    }
}
