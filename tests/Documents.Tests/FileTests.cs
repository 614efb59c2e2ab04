using System.Security.Cryptography;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Tests.Support;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class FileTests(DocumentsFixture fixture)
{
    private async Task<(DocumentClients Author, string Id)> DraftAsync(string title)
    {
        var author = await fixture.AsAsync(AreaManager);
        var id = Ids.New("fil");
        await Flows.CreateAsync(author, id, Flows.Details(title, AldreHemtjanst), "");
        return (author, id);
    }

    private IEnumerable<string> FilesOf(string id) => fixture.Service.StoredFiles().Where(f => f.Contains(id, StringComparison.Ordinal) || f.StartsWith(".staging", StringComparison.Ordinal));

    [Fact]
    public async Task A_real_pdf_is_stored_with_its_checksum_and_downloads_byte_for_byte()
    {
        var (author, id) = await DraftAsync("Rutin som PDF");
        var pdf = TestFiles.Pdf("Rutin for hantering av avvikelser", paddingBytes: 300_000);

        var uploaded = await Flows.UploadAsync(author, id, 1, "Rutin för avvikelser.pdf", pdf, "application/pdf", chunkBytes: 100_000,
            expectedSha256: Convert.ToHexStringLower(SHA256.HashData(pdf)));

        Assert.Equal("application/pdf", uploaded.Version.File.ContentType);
        Assert.Equal(pdf.Length, uploaded.Version.File.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), uploaded.Version.File.Sha256);
        var (file, content) = await Flows.DownloadAsync(author, id, 1);
        Assert.Equal("Rutin för avvikelser.pdf", file.FileName);
        Assert.Equal(pdf, content);
    }

    [Fact]
    public async Task A_real_docx_is_stored_and_its_text_becomes_searchable()
    {
        var (author, id) = await DraftAsync("Rutin som Word");
        var word = Ids.New("Brandskyddsövning").Replace(".", "", StringComparison.Ordinal);
        var docx = TestFiles.Docx("Rutin för brandskydd", $"Personalen går igenom {word} varje år.");

        var uploaded = await Flows.UploadAsync(author, id, 1, "brandskydd.docx", docx);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", uploaded.Version.File.ContentType);
        Assert.Equal(docx, (await Flows.DownloadAsync(author, id, 1)).Content);
        var found = await author.Documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = word });
        Assert.Equal([id], found.Documents.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task A_file_that_claims_to_be_a_pdf_but_is_not_is_refused_in_swedish_and_nothing_is_kept()
    {
        var (author, id) = await DraftAsync("Falsk PDF");
        var fake = System.Text.Encoding.UTF8.GetBytes("Det här är bara text, ingen PDF. %%EOF");

        var refused = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "rutin.pdf", fake, "application/pdf"));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("inte en PDF", refused.Status.Detail + string.Join(' ', refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Description)), StringComparison.Ordinal);
        var zipAsWord = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "rutin.docx", TestFiles.PlainZip()));
        Assert.Equal(StatusCode.InvalidArgument, zipAsWord.StatusCode);
        var pdfAsWord = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "rutin.docx", TestFiles.Pdf("x")));
        Assert.Equal(StatusCode.InvalidArgument, pdfAsWord.StatusCode);
        Assert.Null((await author.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 })).Version.File);
        Assert.Empty(FilesOf(id));
    }

    [Fact]
    public async Task Uploads_over_the_limit_with_a_wrong_checksum_or_interrupted_leave_nothing()
    {
        var (author, id) = await DraftAsync("Stor fil");
        var tooLarge = TestFiles.Pdf("stor", paddingBytes: (int)DocumentsFixture.MaxUploadBytes);
        var overLimit = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "stor.pdf", tooLarge));
        Assert.Equal(StatusCode.InvalidArgument, overLimit.StatusCode);

        var pdf = TestFiles.Pdf("liten");
        var wrongSum = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "liten.pdf", pdf, expectedSha256: new string('0', 64)));
        Assert.Equal(StatusCode.InvalidArgument, wrongSum.StatusCode);

        using (var interrupted = author.Files.UploadFile())
        {
            await interrupted.RequestStream.WriteAsync(new UploadFileRequest { Metadata = new UploadMetadata { DocumentId = id, VersionNumber = 1, FileName = "avbruten.pdf" } });
            await interrupted.RequestStream.WriteAsync(new UploadFileRequest { Chunk = Google.Protobuf.ByteString.CopyFrom(pdf, 0, 100) });
        }

        await Eventually.TrueAsync(() => Task.FromResult(!FilesOf(id).Any()), "the interrupted upload's staging file to go");
        Assert.Null((await author.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 })).Version.File);
    }

    [Fact]
    public async Task An_approved_version_takes_no_file_and_other_extensions_are_refused()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("fil");
        await Flows.CreateAsync(author, id, Flows.Details("Godkänd", AldreHemtjanst), "Text");
        await Flows.PublishAsync(author, approver, id, 1);

        var refused = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "ny.pdf", TestFiles.Pdf("ny")));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var exe = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "program.exe", [1, 2, 3]));
        Assert.Equal(StatusCode.InvalidArgument, exe.StatusCode);
        var employee = await fixture.AsAsync(Employee);
        var draft = Ids.New("fil");
        await Flows.CreateAsync(author, draft, Flows.Details("Utkast", AldreHemtjanst), "");
        var denied = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(employee, draft, 1, "a.pdf", TestFiles.Pdf("a")));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }
}
