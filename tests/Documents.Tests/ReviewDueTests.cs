using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Tests.Support;
using Ledningssystem.ServiceDefaults.Calendar;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

/// <summary>The review job runs on the host's review clock (a FakeTimeProvider the test moves); dates are Swedish days.</summary>
[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class ReviewDueTests(DocumentsFixture fixture)
{
    private DateOnly ReviewToday => SwedishCalendar.Today(fixture.Service.ReviewClock);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<DocumentReviewDue>> NoticesAsync(string id) => [.. (await fixture.Service.EventsAsync<DocumentReviewDue>(id)).Select(e => e.Event)];

    private async Task ScanAsync(params string[] untilNoticed)
    {
        fixture.Service.ReviewClock.Advance(TimeSpan.FromHours(1));
        foreach (var id in untilNoticed)
        {
            await Eventually.TrueAsync(async () => (await NoticesAsync(id)).Count > 0, $"a review notice for {id}");
        }
    }

    [Fact]
    public async Task The_review_job_raises_one_notice_ahead_of_the_date_and_one_at_it()
    {
        var author = await fixture.AsAsync(AreaManager);
        var id = Ids.New("granskas");
        var reviewDate = ReviewToday.AddDays(10);
        await Flows.CreateAsync(author, id, Flows.Details("Rutin att granska", AldreHemtjanst, nextReviewDate: Iso(reviewDate)), "Text");

        await ScanAsync(id);
        var ahead = Assert.Single(await NoticesAsync(id));
        Assert.Equal((Iso(reviewDate), false, Aldre), (ahead.ReviewDate, ahead.Due, ahead.TenantId));

        fixture.Service.ReviewClock.Advance(TimeSpan.FromDays(10));
        await Eventually.TrueAsync(async () => (await NoticesAsync(id)).Count == 2, "the notice at the review date");
        var due = (await NoticesAsync(id))[1];
        Assert.True(due.Due);

        // Another scan, proven to have run by a new document's notice, raises nothing more for the first.
        var later = Ids.New("granskas");
        await Flows.CreateAsync(author, later, Flows.Details("Senare rutin", AldreHemtjanst, nextReviewDate: Iso(ReviewToday.AddDays(5))), "Text");
        await ScanAsync(later);
        Assert.Equal(2, (await NoticesAsync(id)).Count);
    }

    [Fact]
    public async Task Documents_past_their_review_date_are_listed_as_overdue()
    {
        var author = await fixture.AsAsync(AreaManager);
        var overdue = Ids.New("forsenad");
        var current = Ids.New("aktuell");
        var today = SwedishCalendar.Today(TimeProvider.System);
        await Flows.CreateAsync(author, overdue, Flows.Details("Försenad rutin", AldreHemtjanst, nextReviewDate: Iso(today.AddDays(-3))), "Text");
        await Flows.CreateAsync(author, current, Flows.Details("Aktuell rutin", AldreHemtjanst, nextReviewDate: Iso(today.AddDays(60))), "Text");

        var ids = new List<string>();
        var token = "";
        do
        {
            var page = await (await fixture.AsAsync(Employee)).Documents.ListOverdueDocumentsAsync(new ListOverdueDocumentsRequest { PageSize = 100, PageToken = token });
            ids.AddRange(page.Documents.Select(d => d.DocumentId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Contains(overdue, ids);
        Assert.DoesNotContain(current, ids);
    }
}
