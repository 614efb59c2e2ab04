using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Tests;

/// <summary>The tenant's gallring rule removes the complainant's contact details after closing, on the clock the tests move.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class GallringTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task Contact_details_of_a_closed_complaint_go_when_the_tenants_rule_says_and_an_open_ones_stay()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var levels = (await quality.GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels;
        var today = new Workflow(platform).Today;
        var open = (await quality.RegisterComplaintAsync(Workflow.Register(Demo.SocialForvaltning, today))).Complaint;
        var closed = (await quality.RegisterComplaintAsync(Workflow.Register(Demo.SocialForvaltning, today))).Complaint;
        var id = closed.ComplaintId;
        await quality.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = today });
        await quality.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id });
        await quality.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Vi beklagar." });
        var closedAt = platform.Clock.GetUtcNow();
        closed = (await quality.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id })).Complaint;
        AssertAbout(closedAt.AddMonths(levels.ContactRetentionMonths), closed.ContactDetailsKeptUntil.ToDateTimeOffset());
        Assert.Null(open.ContactDetailsKeptUntil);

        // The rule is the tenant's: shortening it reschedules what has ended.
        var kept = levels.ContactRetentionMonths;
        levels.ContactRetentionMonths = 1;
        await quality.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = levels });
        var keptUntil = (await quality.GetComplaintAsync(new GetComplaintRequest { ComplaintId = id })).Complaint.ContactDetailsKeptUntil.ToDateTimeOffset();
        AssertAbout(closedAt.AddMonths(1), keptUntil);

        platform.Clock.SetUtcNow(keptUntil.AddMinutes(1));
        await Eventually.TrueAsync(
            async () => (await platform.QueryAsync(db => db.Complaints.IgnoreQueryFilters().SingleAsync(c => c.Id == id))).ComplainantName is null,
            "The gallring job removes the contact details once their time is up.");

        var gallrad = (await quality.GetComplaintAsync(new GetComplaintRequest { ComplaintId = id })).Complaint;
        Assert.Equal((ComplainantRole.Relative, "", "", ""), (gallrad.Complainant.Role, gallrad.Complainant.Name, gallrad.Complainant.Phone, gallrad.Complainant.Email));
        Assert.Equal(("CONTACT_DETAILS_REMOVED", "Gallring"), (gallrad.History[^1].Step, gallrad.History[^1].Actor.DisplayName));
        Assert.Equal((ComplaintState.Closed, "Sen hemtjänst", null), (gallrad.State, gallrad.Subject, gallrad.ContactDetailsKeptUntil));
        Assert.Equal("Karin Berg", (await quality.GetComplaintAsync(new GetComplaintRequest { ComplaintId = open.ComplaintId })).Complaint.Complainant.Name);
        var removal = await platform.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(e => e.EntityId == id && e.Action == AuditAction.Update && e.UserId == "system" && e.TenantId == Demo.Social));
        Assert.Equal(1, removal);

        levels.ContactRetentionMonths = kept;
        await quality.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = levels });
    }

    // Instants are stored to the millisecond.
    private static void AssertAbout(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.InRange(actual, expected.AddMilliseconds(-1), expected.AddMilliseconds(1));
}
