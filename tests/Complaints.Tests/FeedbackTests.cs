using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>Beröm passed on to the unit's staff in the handler's words; the sender's text and identity stay with the handlers.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class FeedbackTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task A_handler_passes_praise_on_and_the_units_staff_read_only_the_handlers_words()
    {
        var today = new Workflow(platform).Today;
        var register = Workflow.Register(Demo.HemtjanstNorr, today);
        register.Kind = ComplaintKind.Praise;
        register.Description = "Tack till nattpersonalen som hjälpte min mamma Greta.";
        var praise = (await (await platform.AsAsync(Demo.AldreEmployee)).RegisterComplaintAsync(register)).Complaint;
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var text = $"En anhörig tackar nattpersonalen för ett fint bemötande. {Guid.NewGuid():N}";

        var shared = (await manager.SharePraiseAsync(new SharePraiseRequest { ComplaintId = praise.ComplaintId, Text = text })).Complaint;
        Assert.Equal((text, "Erik Eriksson"), (shared.Feedback.Text, shared.Feedback.Shared.DisplayName));
        Assert.Equal("PRAISE_SHARED", shared.History[^1].Step);

        var feedback = (await (await platform.AsAsync(Demo.AldreEmployee)).ListFeedbackAsync(new ListFeedbackRequest { UnitId = Demo.HemtjanstNorr, PageSize = 500 })).Feedback;
        var item = Assert.Single(feedback, f => f.Feedback.Text == text);
        Assert.Equal((Demo.HemtjanstNorr, today), (item.UnitId, item.ReceivedOn));
        Assert.DoesNotContain(feedback, f => f.ToString().Contains("Greta", StringComparison.Ordinal) || f.ToString().Contains("Karin Berg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_praise_is_passed_on_only_by_handlers_and_read_only_by_the_units_staff()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var share = new SharePraiseRequest { ComplaintId = complaint.ComplaintId, Text = "Bra jobbat" };

        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, (await platform.AsAsync(Demo.AldreUnitManager)).SharePraiseAsync(share));
        Assert.Equal("NOT_PRAISE", Expect.ErrorInfo(refused)?.Reason);
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.AldreEmployee)).SharePraiseAsync(share));
        await Expect.FailsAsync(StatusCode.NotFound, (await platform.AsAsync(Demo.OmsorgAdmin)).SharePraiseAsync(share));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.SolgardenNurse)).ListFeedbackAsync(new ListFeedbackRequest { UnitId = Demo.HemtjanstNorr }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.OmsorgEmployee)).ListFeedbackAsync(new ListFeedbackRequest { UnitId = Demo.HemtjanstNorr }));
        Assert.Contains("text", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            (await platform.AsAsync(Demo.AldreUnitManager)).SharePraiseAsync(new SharePraiseRequest { ComplaintId = complaint.ComplaintId }))));
    }
}
