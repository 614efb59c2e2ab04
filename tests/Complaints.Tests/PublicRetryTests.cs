using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>
/// A public submission sent again with its request id after a lost answer: one complaint, the same reference and a new
/// code that replaces the first, only for the same provider and only within the retry window.
/// </summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class PublicRetryTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task The_same_request_id_again_answers_the_same_complaint_with_a_new_code_that_replaces_the_first()
    {
        var submission = new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { RequestId = Guid.NewGuid().ToString() };

        var first = await platform.Public.SubmitComplaintAsync(submission);
        var retried = await platform.Public.SubmitComplaintAsync(submission);

        Assert.Equal((first.Reference, first.ReceivedOn), (retried.Reference, retried.ReceivedOn));
        Assert.NotEqual(first.FollowUpCode, retried.FollowUpCode);
        Assert.Equal(ComplaintState.Received, (await FollowUpAsync(retried)).State);
        await Expect.FailsAsync(StatusCode.NotFound, FollowUpAsync(first));
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var saved = Assert.Single((await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500, Channel = Channel.WebForm })).Complaints,
            c => c.Reference == first.Reference);
        Assert.Equal(["ComplaintReceived"], await platform.EventsOfAsync(saved.ComplaintId));
    }

    [Fact]
    public async Task Another_request_id_is_another_complaint_and_the_same_one_at_another_provider_opens_nothing_of_the_first()
    {
        var requestId = Guid.NewGuid().ToString();
        var sent = await platform.Public.SubmitComplaintAsync(new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { RequestId = requestId });

        var another = await platform.Public.SubmitComplaintAsync(new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { RequestId = Guid.NewGuid().ToString() });
        var elsewhere = await platform.Public.SubmitComplaintAsync(new SubmitComplaintRequest(Workflow.AnonymousSubmission())
        {
            TenantId = "omsorg-ab", UnitId = "omsorg-ab.hemtjanst-city", RequestId = requestId,
        });

        Assert.Equal(3, new[] { sent.Reference, another.Reference, elsewhere.Reference }.Distinct().Count());
        Assert.Equal("Äldrenämnden", (await FollowUpAsync(sent)).ProviderName);
        Assert.Equal("Omsorg AB", (await FollowUpAsync(elsewhere)).ProviderName);
    }

    [Fact]
    public async Task After_the_retry_window_the_request_id_is_refused_without_the_reference_or_a_code()
    {
        var submission = new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { RequestId = Guid.NewGuid().ToString() };
        var sent = await platform.Public.SubmitComplaintAsync(submission);

        platform.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, platform.Public.SubmitComplaintAsync(submission));

        Assert.Equal("ALREADY_SUBMITTED", Expect.ErrorInfo(refused)!.Reason);
        Assert.DoesNotContain(sent.Reference, refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(ComplaintState.Received, (await FollowUpAsync(sent)).State);
    }

    [Fact]
    public async Task A_request_id_that_is_no_UUID_is_refused_naming_the_field()
    {
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument,
            platform.Public.SubmitComplaintAsync(new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { RequestId = "min-nyckel" }));

        Assert.Contains("request_id", Expect.FieldViolations(refused));
    }

    private Task<FollowUpComplaintResponse> FollowUpAsync(SubmitComplaintResponse sent) =>
        platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference, FollowUpCode = sent.FollowUpCode }).ResponseAsync;
}
