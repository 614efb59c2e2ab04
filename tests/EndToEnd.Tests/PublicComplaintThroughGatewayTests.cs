using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Ledningssystem.Testing;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The public complaint form as its web page will call it (Connect JSON over HTTP/1.1, no token) and the staff who
/// handle the complaint over gRPC with their token, all through the gateway.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class PublicComplaintThroughGatewayTests(PlatformFixture platform)
{
    private const string Public = "/ledningssystem.complaints.v1.PublicComplaintService/";

    [Fact]
    public async Task An_anonymous_complaint_is_sent_without_a_token_handled_by_staff_and_its_answer_read_with_the_code()
    {
        await platform.WaitUntilGatewaySeesAsync("complaints-grpc", "complaints-web");
        using var http = new HttpClient { BaseAddress = platform.GatewayWeb };

        // The service learns providers and units from Organizations' events, which a fresh platform may still be delivering.
        await Eventually.WaitForAsync(
            () => ConnectAsync(http, "ListProviderUnits", """{"tenantId":"aldrenamnden","pageSize":100}"""),
            answer => answer.Body.TryGetProperty("units", out var units) && units.EnumerateArray().Any(u => u.GetProperty("unitId").GetString() == "aldrenamnden.hemtjanst-norr"),
            TimeSpan.FromSeconds(60),
            "Hemtjänst Norr among the public form's units");
        var (providersStatus, providers) = await ConnectAsync(http, "ListProviders", """{"pageSize":100}""");
        var (sentStatus, sent) = await ConnectAsync(http, "SubmitComplaint", """
            {"tenantId":"aldrenamnden","unitId":"aldrenamnden.hemtjanst-norr","kind":"COMPLAINT_KIND_COMPLAINT",
             "subject":"Besöken","description":"Hemtjänsten kom två timmar för sent tre dagar i rad.","anonymous":true}
            """);
        Assert.Equal(HttpStatusCode.OK, providersStatus);
        Assert.Contains(providers.GetProperty("providers").EnumerateArray(), p => p.GetProperty("tenantId").GetString() == "aldrenamnden");
        Assert.True(sentStatus == HttpStatusCode.OK, sent.ToString());
        var reference = sent.GetProperty("reference").GetString()!;
        var code = sent.GetProperty("followUpCode").GetString()!;

        using var channel = platform.GrpcChannel();
        var staff = new ComplaintService.ComplaintServiceClient(channel);
        var erik = Bearer(await platform.TokenAsync("erik.eriksson"));
        var listed = await staff.ListComplaintsAsync(new ListComplaintsRequest { UnitId = "aldrenamnden.hemtjanst-norr", PageSize = 100 }, erik);
        var complaintId = listed.Complaints.Single(c => c.Reference == reference).ComplaintId;
        await staff.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaintId, AcknowledgedOn = listed.Complaints.Single(c => c.Reference == reference).ReceivedOn }, erik);
        await staff.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = complaintId }, erik);
        await staff.AnswerComplaintAsync(new AnswerComplaintRequest
        {
            ComplaintId = complaintId,
            Text = "Vi beklagar. Två medarbetare var sjuka och vikarier saknades.",
            Actions = "Ny rutin för vikarieanskaffning i hemtjänst Norr.",
            ConfidentialityNote = "Uppgifter om enskilda medarbetare lämnas inte ut.",
        }, erik);

        var (followStatus, follow) = await ConnectAsync(http, "FollowUpComplaint", $$"""{"reference":"{{reference}}","followUpCode":"{{code}}"}""");
        var (wrongStatus, wrong) = await ConnectAsync(http, "FollowUpComplaint", $$"""{"reference":"{{reference}}","followUpCode":"FEL-KOD-FEL-KOD-FEL"}""");

        Assert.Equal(HttpStatusCode.OK, followStatus);
        Assert.Equal("COMPLAINT_STATE_ANSWERED", follow.GetProperty("state").GetString());
        Assert.Contains("vikarier", follow.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("medarbetare lämnas inte ut", follow.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongStatus);
        Assert.Equal("not_found", wrong.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_filled_honeypot_is_refused_with_a_swedish_message()
    {
        await platform.WaitUntilGatewaySeesAsync("complaints-web");
        using var http = new HttpClient { BaseAddress = platform.GatewayWeb };

        var (status, error) = await ConnectAsync(http, "SubmitComplaint", """
            {"tenantId":"aldrenamnden","unitId":"aldrenamnden.hemtjanst-norr","kind":"COMPLAINT_KIND_OPINION",
             "subject":"Erbjudande","description":"Köp billiga klockor","anonymous":true,"website":"https://example.org"}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_argument", error.GetProperty("code").GetString());
        Assert.Contains("Formuläret kunde inte skickas", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ConnectAsync(HttpClient http, string method, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Public + method, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Connect-Protocol-Version", "1");
        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }
}
