using Ledningssystem.Documents.Domain;

namespace Ledningssystem.Documents.Tests.Domain;

/// <summary>The version lifecycle and the document rules around it, on the domain objects alone.</summary>
public sealed class DocumentVersionStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Stamp Author = new("anna", "Anna Författare", Now);
    private static readonly Stamp Approver = new("bo", "Bo Godkännare", Now);
    private static readonly StoredFile Pdf = new("rutin.pdf", "application/pdf", 1024, new string('a', 64), "t/d/1/a");

    public enum Transition
    {
        Edit,
        AttachFile,
        SubmitForReview,
        ReturnToDraft,
        Approve,
        Publish,
        Supersede,
        Archive,
    }

    /// <summary>Every step from the one state it is allowed in, and where it leads.</summary>
    private static readonly Dictionary<Transition, (VersionStatus From, VersionStatus To)> Allowed = new()
    {
        [Transition.Edit] = (VersionStatus.Draft, VersionStatus.Draft),
        [Transition.AttachFile] = (VersionStatus.Draft, VersionStatus.Draft),
        [Transition.SubmitForReview] = (VersionStatus.Draft, VersionStatus.ForReview),
        [Transition.ReturnToDraft] = (VersionStatus.ForReview, VersionStatus.Draft),
        [Transition.Approve] = (VersionStatus.ForReview, VersionStatus.Approved),
        [Transition.Publish] = (VersionStatus.Approved, VersionStatus.Published),
        [Transition.Supersede] = (VersionStatus.Published, VersionStatus.Superseded),
        [Transition.Archive] = (VersionStatus.Published, VersionStatus.Archived),
    };

    public static TheoryData<VersionStatus, Transition> AllowedSteps()
    {
        var data = new TheoryData<VersionStatus, Transition>();
        foreach (var (step, (from, _)) in Allowed)
        {
            data.Add(from, step);
        }
        return data;
    }

    public static TheoryData<VersionStatus, Transition> ForbiddenSteps()
    {
        var data = new TheoryData<VersionStatus, Transition>();
        foreach (var status in Enum.GetValues<VersionStatus>())
        {
            foreach (var step in Enum.GetValues<Transition>().Where(step => Allowed[step].From != status))
            {
                data.Add(status, step);
            }
        }
        return data;
    }

    public static TheoryData<VersionStatus> States() => [.. Enum.GetValues<VersionStatus>()];

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void An_allowed_step_leads_to_its_state(VersionStatus from, Transition step)
    {
        var version = VersionIn(from);

        Take(version, step);

        Assert.Equal(Allowed[step].To, version.Status);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void A_forbidden_step_is_refused_naming_the_current_state(VersionStatus from, Transition step)
    {
        var version = VersionIn(from);

        var refused = Assert.Throws<DocumentRuleException>(() => Take(version, step));

        Assert.Equal("VERSION_STATE", refused.Reason);
        Assert.Equal(from.Code(), refused.Metadata["current_state"]);
        Assert.Equal(from, version.Status);
    }

    [Fact]
    public void An_empty_draft_cannot_go_to_review()
    {
        var version = DocumentVersion.Draft("rutin", 1, "Första versionen.", "  ", Author);

        Assert.Equal("VERSION_EMPTY", Assert.Throws<DocumentRuleException>(version.SubmitForReview).Reason);
        version.AttachFile(Pdf, "");
        version.SubmitForReview();
        Assert.Equal(VersionStatus.ForReview, version.Status);
    }

    [Fact]
    public void With_four_eyes_the_author_may_not_approve_the_own_version()
    {
        var version = VersionIn(VersionStatus.ForReview);

        var refused = Assert.Throws<DocumentRuleException>(() => version.Approve(Author with { At = Now.AddHours(1) }, requireTwoPeople: true));

        Assert.Equal("FOUR_EYES_REQUIRED", refused.Reason);
        Assert.Equal("FOR_REVIEW", refused.Metadata["current_state"]);
        Assert.Null(version.Approved);
        version.Approve(Approver, requireTwoPeople: true);
        Assert.Equal((VersionStatus.Approved, Approver), (version.Status, version.Approved));
    }

    [Fact]
    public void Without_four_eyes_the_author_may_approve_the_own_version()
    {
        var version = VersionIn(VersionStatus.ForReview);

        version.Approve(Author, requireTwoPeople: false);

        Assert.Equal(VersionStatus.Approved, version.Status);
    }

    [Theory]
    [InlineData(VersionStatus.Draft)]
    [InlineData(VersionStatus.ForReview)]
    [InlineData(VersionStatus.Approved)]
    public void No_new_version_while_the_newest_is_in_progress(VersionStatus newestStatus)
    {
        var document = Document.Create("rutin", null, Now);
        var newest = VersionIn(newestStatus);

        var refused = Assert.Throws<DocumentRuleException>(() => document.StartNextVersion(newest, "Ändrad.", "Text", Author));

        Assert.Equal("VERSION_IN_PROGRESS", refused.Reason);
        Assert.Equal(newestStatus.Code(), refused.Metadata["current_state"]);
    }

    [Theory]
    [InlineData(VersionStatus.Published)]
    [InlineData(VersionStatus.Superseded)]
    [InlineData(VersionStatus.Archived)]
    public void A_new_version_follows_a_released_one_as_a_draft(VersionStatus newestStatus)
    {
        var document = Document.Create("rutin", null, Now);
        var newest = VersionIn(newestStatus);

        var next = document.StartNextVersion(newest, "Ändrad.", "Ny text", Author);

        Assert.Equal((2, VersionStatus.Draft), (next.Number, next.Status));
        Assert.Equal((2, VersionStatus.Draft, "Ny text"), (document.LatestVersionNumber, document.LatestStatus, document.SearchText));
    }

    [Theory]
    [InlineData(VersionStatus.ForReview)]
    [InlineData(VersionStatus.Approved)]
    public void Upstream_changes_wait_while_the_copys_newest_version_is_in_progress(VersionStatus newestStatus)
    {
        var copy = AdoptedCopy();

        var refused = Assert.Throws<DocumentRuleException>(() => copy.AcceptUpstream(2, "Ny text", VersionIn(newestStatus), Author));

        Assert.Equal("VERSION_IN_PROGRESS", refused.Reason);
        Assert.Equal(1, copy.UpstreamVersionNumber);
    }

    [Fact]
    public void Upstream_changes_go_into_a_draft_or_after_a_released_version()
    {
        var copy = AdoptedCopy();
        var draft = VersionIn(VersionStatus.Draft);

        Assert.Same(draft, copy.AcceptUpstream(2, "Version två", draft, Author));
        Assert.Equal(("Version två", 2), (draft.ContentMarkdown, copy.UpstreamVersionNumber));
        Assert.Equal("UPSTREAM_UNCHANGED", Assert.Throws<DocumentRuleException>(() => copy.AcceptUpstream(2, "Version två", draft, Author)).Reason);

        var next = copy.AcceptUpstream(3, "Version tre", VersionIn(VersionStatus.Published), Author);
        Assert.Equal((2, VersionStatus.Draft, "Version tre"), (next.Number, next.Status, next.ContentMarkdown));
        Assert.Equal((3, 2), (copy.UpstreamVersionNumber, copy.LatestVersionNumber));
    }

    [Fact]
    public void Only_an_adopted_copy_has_upstream_changes()
    {
        Assert.Equal("NOT_ADOPTED", Assert.Throws<DocumentRuleException>(Document.Create("egen", null, Now).RequireAdopted).Reason);
        AdoptedCopy().RequireAdopted();
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Only_the_published_version_is_acknowledged(VersionStatus status)
    {
        var version = VersionIn(status);

        if (status == VersionStatus.Published)
        {
            var acknowledgement = Acknowledgement.Record(version, "cecilia", Now);
            Assert.Equal(("rutin", 1, "cecilia", Now), (acknowledgement.DocumentId, acknowledgement.VersionNumber, acknowledgement.UserId, acknowledgement.AcknowledgedAt));
        }
        else
        {
            var refused = Assert.Throws<DocumentRuleException>(() => Acknowledgement.Record(version, "cecilia", Now));
            Assert.Equal(("VERSION_STATE", status.Code()), (refused.Reason, refused.Metadata["current_state"]));
        }
    }

    [Fact]
    public void Publishing_supersedes_the_published_version_and_restarts_the_review_cycle()
    {
        var document = Document.Create("rutin", Today.AddDays(10), Now);
        document.ReviewIntervalMonths = 12;
        var first = VersionIn(VersionStatus.Approved);
        document.Publish(first, previous: null, Approver, Today);
        Assert.Equal("NOT_PUBLISHED", Assert.Throws<DocumentRuleException>(() => Document.Create("ny", null, Now).RequirePublishedVersion()).Reason);
        Assert.True(document.RaiseReviewNotice(Today.AddYears(1)));

        var second = document.StartNextVersion(first, "Ändrad.", "Text", Author);
        second.SubmitForReview();
        second.Approve(Approver, requireTwoPeople: true);
        document.Publish(second, first, Approver, Today.AddMonths(1));

        Assert.Equal((VersionStatus.Superseded, VersionStatus.Published), (first.Status, second.Status));
        Assert.Equal(2, document.RequirePublishedVersion());
        Assert.Equal(Today.AddMonths(13), document.NextReviewDate);
        Assert.Null(document.ReviewAheadNoticeFor);
        Assert.Null(document.ReviewDueNoticeFor);

        document.Archive(second);
        Assert.Equal((VersionStatus.Archived, 0), (second.Status, document.PublishedVersionNumber));
        Assert.Null(document.NextReviewDate);
    }

    [Fact]
    public void The_review_notice_ahead_comes_before_the_date_and_the_due_notice_at_it()
    {
        var document = Document.Create("rutin", Today.AddDays(20), Now);

        Assert.False(document.RaiseReviewNotice(Today));
        Assert.Equal(Today.AddDays(20), document.ReviewAheadNoticeFor);
        Assert.Null(document.ReviewDueNoticeFor);
        Assert.True(document.RaiseReviewNotice(Today.AddDays(20)));
        Assert.Equal((Today.AddDays(20), Today.AddDays(20)), (document.ReviewAheadNoticeFor!.Value, document.ReviewDueNoticeFor!.Value));
    }

    [Fact]
    public void A_link_may_not_close_a_cycle()
    {
        var policy = Document.Create("policy", null, Now);
        var rutin = Document.Create("rutin", null, Now);

        var link = DocumentLink.Between(policy, rutin, new HashSet<string> { "policy" });

        Assert.Equal(("policy", "rutin"), (link.ParentId, link.ChildId));
        Assert.Equal("LINK_CYCLE", Assert.Throws<DocumentRuleException>(() => DocumentLink.Between(rutin, policy, new HashSet<string> { "rutin", "policy" })).Reason);
        Assert.Equal("LINK_CYCLE", Assert.Throws<DocumentRuleException>(() => DocumentLink.Between(rutin, rutin, new HashSet<string> { "rutin" })).Reason);
    }

    private static DocumentVersion VersionIn(VersionStatus status)
    {
        var version = DocumentVersion.Draft("rutin", 1, "Första versionen.", "# Rutin", Author);
        if (status == VersionStatus.Draft)
        {
            return version;
        }
        version.SubmitForReview();
        if (status == VersionStatus.ForReview)
        {
            return version;
        }
        version.Approve(Approver, requireTwoPeople: true);
        if (status == VersionStatus.Approved)
        {
            return version;
        }
        version.Publish(Approver, Today);
        if (status == VersionStatus.Superseded)
        {
            version.Supersede();
        }
        else if (status == VersionStatus.Archived)
        {
            version.Archive();
        }
        return version;
    }

    private static void Take(DocumentVersion version, Transition step)
    {
        switch (step)
        {
            case Transition.Edit:
                version.Edit("# Ändrad", "Ändrad.");
                break;
            case Transition.AttachFile:
                version.AttachFile(Pdf, "");
                break;
            case Transition.SubmitForReview:
                version.SubmitForReview();
                break;
            case Transition.ReturnToDraft:
                version.ReturnToDraft("Förtydliga.");
                break;
            case Transition.Approve:
                version.Approve(Approver, requireTwoPeople: true);
                break;
            case Transition.Publish:
                version.Publish(Approver, Today);
                break;
            case Transition.Supersede:
                version.Supersede();
                break;
            case Transition.Archive:
                version.Archive();
                break;
        }
    }

    private static Document AdoptedCopy()
    {
        var upstream = Document.Create("rutin", null, Now);
        upstream.Publish(VersionIn(VersionStatus.Approved), previous: null, Approver, Today);
        return Document.Adopt("kopia", upstream, "enhet", approvingRole: null, "", Now);
    }
}
