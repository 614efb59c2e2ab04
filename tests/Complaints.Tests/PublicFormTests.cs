using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>The public form without a token: providers and units by name, sending, and following up with reference and code.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class PublicFormTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task Providers_and_their_units_are_listed_by_name_in_pages_without_a_token()
    {
        var providers = (await platform.Public.ListProvidersAsync(new ListProvidersRequest { PageSize = 500 })).Providers;
        Assert.Contains(providers, p => p is { TenantId: Demo.Aldre, Name: "Äldrenämnden" });

        var first = await platform.Public.ListProvidersAsync(new ListProvidersRequest { PageSize = 2 });
        var second = await platform.Public.ListProvidersAsync(new ListProvidersRequest { PageSize = 2, PageToken = first.NextPageToken });
        Assert.Empty(first.Providers.Select(p => p.TenantId).Intersect(second.Providers.Select(p => p.TenantId)));

        var units = (await platform.Public.ListProviderUnitsAsync(new ListProviderUnitsRequest { TenantId = Demo.Aldre, PageSize = 500 })).Units;
        Assert.Contains(units, u => u.UnitId == Demo.HemtjanstNorr && u.ParentUnitId == "aldrenamnden.hemtjanst");
        Assert.All(units, u => Assert.StartsWith("aldrenamnden.", u.UnitId, StringComparison.Ordinal));
        await Expect.FailsAsync(StatusCode.NotFound, platform.Public.ListProviderUnitsAsync(new ListProviderUnitsRequest { TenantId = "finns-inte" }));
    }

    [Fact]
    public async Task An_anonymous_sender_follows_up_with_the_code_and_reads_the_answer_but_never_the_confidentiality_note()
    {
        var sent = await platform.Public.SubmitComplaintAsync(Workflow.AnonymousSubmission());
        Assert.Matches("^KL-[A-Z2-9]{4}-[A-Z2-9]{4}$", sent.Reference);
        Assert.Equal(new Workflow(platform).Today, sent.ReceivedOn);

        var followed = await platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference, FollowUpCode = sent.FollowUpCode });
        Assert.Equal((ComplaintState.Received, "Äldrenämnden", "", ""), (followed.State, followed.ProviderName, followed.Answer, followed.AcknowledgedOn));
        Assert.NotEmpty(followed.UnitName);

        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var summary = (await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500, Channel = Channel.WebForm })).Complaints.Single(c => c.Reference == sent.Reference);
        var complaint = (await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = summary.ComplaintId })).Complaint;
        Assert.True(complaint.Anonymous);
        Assert.Equal((ComplainantRole.Anonymous, "", ""), (complaint.Complainant.Role, complaint.Complainant.Name, complaint.Complainant.Email));
        var id = complaint.ComplaintId;
        var today = new Workflow(platform).Today;
        await manager.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = today });
        await manager.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id });
        Assert.Empty((await platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference, FollowUpCode = sent.FollowUpCode })).Answer);
        await manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Vi har pratat med köket.", Actions = "Varmhållning", ConfidentialityNote = "HEMLIG-ANTECKNING" });

        var answered = await platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference.ToLowerInvariant(), FollowUpCode = sent.FollowUpCode });
        Assert.Equal((ComplaintState.Answered, "Vi har pratat med köket.", "Varmhållning", today, today), (answered.State, answered.Answer, answered.Actions, answered.AnsweredOn, answered.AcknowledgedOn));
        Assert.DoesNotContain("HEMLIG-ANTECKNING", answered.ToString(), StringComparison.Ordinal);
        Assert.Equal(["ComplaintReceived", "ComplaintAcknowledged", "ComplaintAnswered"], await platform.EventsOfAsync(id));
    }

    [Fact]
    public async Task A_provider_over_its_limit_refuses_public_submissions_while_other_providers_take_theirs()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var service = await ComplaintsFixture.StartComplaintsAsync(database, platform.Issuer, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Complaints:PublicSubmissionsPerTenant"] = "2",
            ["Complaints:PublicSubmissionWindow"] = "01:00:00",
        });
        var form = new PublicComplaintService.PublicComplaintServiceClient(service.Channel());

        await form.SubmitComplaintAsync(Workflow.AnonymousSubmission());
        await form.SubmitComplaintAsync(Workflow.AnonymousSubmission());
        var refused = await Expect.FailsAsync(StatusCode.ResourceExhausted, form.SubmitComplaintAsync(Workflow.AnonymousSubmission()));
        var otherProvider = await form.SubmitComplaintAsync(new SubmitComplaintRequest(Workflow.AnonymousSubmission()) { TenantId = "omsorg-ab", UnitId = "omsorg-ab.hemtjanst-city" });

        Assert.Contains("för många", refused.Status.Detail, StringComparison.Ordinal);
        Assert.NotEmpty(otherProvider.Reference);
    }

    [Fact]
    public async Task A_wrong_code_and_a_wrong_reference_answer_the_same_NOT_FOUND()
    {
        var sent = await platform.Public.SubmitComplaintAsync(Workflow.AnonymousSubmission());

        var wrongCode = await Expect.FailsAsync(StatusCode.NotFound,
            platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference, FollowUpCode = "AAAAA-BBBBB-CCCCC-DDDDD" }));
        var wrongReference = await Expect.FailsAsync(StatusCode.NotFound,
            platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = "KL-AAAA-AAAA", FollowUpCode = sent.FollowUpCode }));
        Assert.Equal(wrongCode.Status.Detail, wrongReference.Status.Detail);
    }

    [Fact]
    public async Task A_staff_registered_complaint_cannot_be_followed_up()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);

        await Expect.FailsAsync(StatusCode.NotFound,
            platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = complaint.Reference, FollowUpCode = "AAAAA-BBBBB-CCCCC-DDDDD" }));
    }

    [Fact]
    public async Task A_named_sender_keeps_their_contact_data()
    {
        var request = Workflow.AnonymousSubmission();
        request.Anonymous = false;
        request.Complainant = new Complainant { Role = ComplainantRole.Relative, Name = "Per Ek", Email = "per@example.se" };

        var sent = await platform.Public.SubmitComplaintAsync(request);

        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var summary = (await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints.Single(c => c.Reference == sent.Reference);
        var complaint = (await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = summary.ComplaintId })).Complaint;
        Assert.Equal(("Per Ek", "per@example.se", Channel.WebForm), (complaint.Complainant.Name, complaint.Complainant.Email, complaint.Channel));
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_without_naming_it()
    {
        var request = Workflow.AnonymousSubmission();
        request.Website = "http://spam.example";

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, platform.Public.SubmitComplaintAsync(request));

        Assert.Equal("Formuläret kunde inte skickas.", refused.Status.Detail);
        Assert.Empty(Expect.FieldViolations(refused));
    }

    [Theory]
    [InlineData("unit of another provider")]
    [InlineData("unknown provider")]
    [InlineData("anonymous with contact")]
    [InlineData("no description")]
    public async Task A_bad_submission_is_refused(string bad)
    {
        var request = Workflow.AnonymousSubmission();
        switch (bad)
        {
            case "unit of another provider": request.UnitId = Demo.OmsorgCity; break;
            case "unknown provider": request.TenantId = "finns-inte"; break;
            case "anonymous with contact": request.Complainant = new Complainant { Email = "a@b.se" }; break;
            default: request.Description = ""; break;
        }

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, platform.Public.SubmitComplaintAsync(request));

        Assert.NotEmpty(Expect.FieldViolations(refused));
    }

    [Fact]
    public async Task The_staff_service_still_needs_a_token()
    {
        var anonymous = new ComplaintService.ComplaintServiceClient(platform.Service.Channel());

        await Expect.FailsAsync(StatusCode.Unauthenticated, anonymous.ListComplaintsAsync(new ListComplaintsRequest()));
    }
}
