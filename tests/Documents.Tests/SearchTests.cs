using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Tests.Support;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class SearchTests(DocumentsFixture fixture)
{
    private async Task<List<string>> FindAsync(string user, SearchDocumentsRequest request) =>
        [.. (await (await fixture.AsAsync(user)).Documents.SearchDocumentsAsync(request)).Documents.Select(d => d.DocumentId)];

    /// <summary>A word no other test writes, with å, ä and ö in it, so that results are exactly this test's documents.</summary>
    private static string SwedishWord() => "gårdsköksväg" + Guid.NewGuid().ToString("N")[..6].Replace("0", "q", StringComparison.Ordinal);

    [Fact]
    public async Task Words_with_å_ä_and_ö_are_found_in_title_and_text_and_their_diacritics_matter()
    {
        var author = await fixture.AsAsync(AreaManager);
        var word = SwedishWord();
        var inTitle = Ids.New("sok");
        var inText = Ids.New("sok");
        await Flows.CreateAsync(author, inTitle, Flows.Details($"Rutin för {word}", AldreHemtjanst), "Övrigt.");
        await Flows.CreateAsync(author, inText, Flows.Details("Rutin för måltider", AldreHemtjanst), $"Maten lagas i {word} med särskild omsorg om äldres önskemål.");

        Assert.Equal([inTitle, inText], await FindAsync(AreaManager, new SearchDocumentsRequest { Query = word }));
        Assert.Equal([inText], await FindAsync(AreaManager, new SearchDocumentsRequest { Query = $"{word} önskemål" }));
        Assert.Empty(await FindAsync(AreaManager, new SearchDocumentsRequest { Query = word.Replace('å', 'a').Replace('ö', 'o').Replace('ä', 'a') }));
        Assert.Empty(await FindAsync(OmsorgAdmin, new SearchDocumentsRequest { Query = word }));
    }

    [Fact]
    public async Task Filters_by_kind_unit_status_and_legal_reference_and_pages()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var word = SwedishWord();
        var rutinNorr = Ids.New("sok");
        var blankettSyd = Ids.New("sok");
        var rutinSyd = Ids.New("sok");
        await Flows.CreateAsync(author, rutinNorr, Flows.Details("Rutin norr", "aldrenamnden.hemtjanst-norr", legalReferences: "SOSFS 2011:9 5 kap."), word);
        await Flows.CreateAsync(author, blankettSyd, Flows.Details("Blankett syd", "aldrenamnden.hemtjanst-syd", kind: DocumentKind.Blankett), word);
        await Flows.CreateAsync(author, rutinSyd, Flows.Details("Rutin syd", "aldrenamnden.hemtjanst-syd", legalReferences: "SoL 27 kap. 1 §"), word);
        await Flows.PublishAsync(author, approver, rutinSyd, 1);

        Assert.Equal([blankettSyd], await FindAsync(Employee, new SearchDocumentsRequest { Query = word, Kind = DocumentKind.Blankett }));
        Assert.Equal([rutinNorr], await FindAsync(Employee, new SearchDocumentsRequest { Query = word, UnitId = "aldrenamnden.hemtjanst-norr" }));
        Assert.Equal([rutinNorr, blankettSyd, rutinSyd], await FindAsync(Employee, new SearchDocumentsRequest { Query = word, UnitId = AldreHemtjanst }));
        Assert.Equal([rutinSyd], await FindAsync(Employee, new SearchDocumentsRequest { Query = word, Status = VersionStatus.Published }));
        Assert.Equal([rutinNorr], await FindAsync(Employee, new SearchDocumentsRequest { Query = word, LegalReference = "SOSFS 2011:9" }));

        var first = await author.Documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = word, PageSize = 2 });
        var second = await author.Documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = word, PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal([rutinNorr, blankettSyd, rutinSyd], first.Documents.Concat(second.Documents).Select(d => d.DocumentId));
        Assert.Empty(second.NextPageToken);
    }

    [Fact]
    public async Task A_query_of_search_syntax_alone_is_refused_and_operators_are_only_words()
    {
        var author = await fixture.AsAsync(AreaManager);
        await Expect.FailsAsync(Grpc.Core.StatusCode.InvalidArgument, author.Documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = "\"*()\" -" }));
        var word = SwedishWord();
        var id = Ids.New("sok");
        await Flows.CreateAsync(author, id, Flows.Details("Rutin", AldreHemtjanst), $"{word} OR NEAR");
        Assert.Equal([id], await FindAsync(AreaManager, new SearchDocumentsRequest { Query = $"\"{word}\" OR NEAR(" }));
    }

    [SqliteOnlyFact]
    public async Task On_sqlite_every_word_matches_as_a_prefix()
    {
        var author = await fixture.AsAsync(AreaManager);
        var word = SwedishWord();
        var id = Ids.New("sok");
        await Flows.CreateAsync(author, id, Flows.Details("Rutin", AldreHemtjanst), $"{word}rapportering");
        Assert.Equal([id], await FindAsync(AreaManager, new SearchDocumentsRequest { Query = word }));
    }

    [PostgresOnlyFact]
    public async Task On_postgresql_swedish_stemming_finds_other_forms_of_a_word()
    {
        var author = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("sok");
        var unit = "aldrenamnden.solgarden";
        await Flows.CreateAsync(author, id, Flows.Details("Rutin", unit), "Varje avvikelse utreds av enhetschefen.");
        // Other tests write "avvikelse" too; the unit filter keeps this test's document apart.
        var found = await FindAsync(HealthCareManager, new SearchDocumentsRequest { Query = "avvikelser", UnitId = unit, PageSize = 500 });
        Assert.Contains(id, found);
    }
}
