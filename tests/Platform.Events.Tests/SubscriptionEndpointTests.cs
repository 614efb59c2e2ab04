using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Ledningssystem.Platform.Events.Tests.Support;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>The subscriber's side of Dapr's contract, driven with hand-written CloudEvents over HTTP/1.1.</summary>
[Collection(DirectPairGroup.Name)]
public sealed class SubscriptionEndpointTests(DirectPairFixture pair)
{
    private const string Type = "eventstest.v1.CounterIncremented";
    private const string Route = "/events/" + Type;

    private EventsHostProcess Subscriber => pair.Subscriber;

    [Fact]
    public async Task Dapr_subscribe_lists_the_subscription_in_Daprs_programmatic_format()
    {
        using var list = JsonDocument.Parse(await Subscriber.Http.GetStringAsync("/dapr/subscribe"));
        var subscription = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("pubsub", subscription.GetProperty("pubsubname").GetString());
        Assert.Equal(Type, subscription.GetProperty("topic").GetString());
        Assert.Equal(Route, subscription.GetProperty("route").GetString());
        Assert.Equal(DirectPairFixture.DeadLetterTopic, subscription.GetProperty("deadLetterTopic").GetString());
    }

    [Fact]
    public async Task A_redelivered_event_is_answered_SUCCESS_without_a_second_effect()
    {
        var id = Guid.NewGuid().ToString();
        var before = await Subscriber.MetricAsync("events.inbox.duplicates_suppressed");

        Assert.Equal("SUCCESS", await DeliverAsync(CloudEvent(id, """{"counterId":"duplicate","value":"1"}""")));
        Assert.Equal("SUCCESS", await DeliverAsync(CloudEvent(id, """{"counterId":"duplicate","value":"1"}""")));

        Assert.Equal([id], (await Subscriber.Database.AppliedAsync("duplicate")).Select(a => a.EventId));
        Assert.Equal(before + 1, await Subscriber.MetricAsync("events.inbox.duplicates_suppressed"));
    }

    [Fact]
    public async Task A_transient_failure_answers_RETRY_and_the_next_delivery_applies_the_event_once()
    {
        var id = Guid.NewGuid().ToString();
        var cloudEvent = CloudEvent(id, """{"counterId":"transient","value":"1","failTimes":1}""");

        Assert.Equal("RETRY", await DeliverAsync(cloudEvent));
        Assert.Empty(await Subscriber.Database.AppliedAsync("transient"));
        Assert.Equal("SUCCESS", await DeliverAsync(cloudEvent));
        Assert.Equal("SUCCESS", await DeliverAsync(cloudEvent));
        Assert.Equal([id], (await Subscriber.Database.AppliedAsync("transient")).Select(a => a.EventId));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""["an", "array"]""")]
    [InlineData("""{"specversion":"0.3","id":"x","source":"s","type":"eventstest.v1.CounterIncremented","data":{}}""")]
    [InlineData("""{"specversion":"1.0","source":"s","type":"eventstest.v1.CounterIncremented","data":{}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"s","type":"eventstest.v1.Unknown","data":{"counterId":"poison"}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"s","type":"eventstest.v1.CounterIncremented","datacontenttype":"application/xml","data":{}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"s","type":"eventstest.v1.CounterIncremented","data":{"counterId":"poison","value":"many"}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"s","type":"eventstest.v1.CounterIncremented","data_base64":"AAEC"}""")]
    public async Task An_unreadable_or_unknown_event_is_answered_DROP(string body)
    {
        Assert.Equal("DROP", await DeliverAsync(body));
        Assert.Empty(await Subscriber.Database.AppliedAsync("poison"));
    }

    [Fact]
    public async Task A_handler_that_rejects_an_event_as_poison_answers_DROP()
    {
        Assert.Equal("DROP", await DeliverAsync(CloudEvent(Guid.NewGuid().ToString(), """{"counterId":"poison","value":"1","poison":true}""")));
        Assert.Empty(await Subscriber.Database.AppliedAsync("poison"));
    }

    [Fact]
    public async Task A_handler_whose_domain_rule_refuses_the_event_answers_DROP_instead_of_retrying_forever()
    {
        Assert.Equal("DROP", await DeliverAsync(CloudEvent(Guid.NewGuid().ToString(), """{"counterId":"poison","value":"-1"}""")));
        Assert.Empty(await Subscriber.Database.AppliedAsync("poison"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task A_caller_without_the_app_API_token_is_refused_and_nothing_is_applied(string? token)
    {
        using var stranger = new HttpClient { BaseAddress = Subscriber.WebAddress };
        if (token is not null)
        {
            stranger.DefaultRequestHeaders.Add("dapr-api-token", token);
        }
        using var content = new StringContent(CloudEvent(Guid.NewGuid().ToString(), """{"counterId":"stranger","value":"1"}"""));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");

        using var delivery = await stranger.PostAsync(Route, content);
        using var subscriptions = await stranger.GetAsync("/dapr/subscribe");

        Assert.Equal(HttpStatusCode.Unauthorized, delivery.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, subscriptions.StatusCode);
        Assert.Empty(await Subscriber.Database.AppliedAsync("stranger"));
    }

    private static string CloudEvent(string id, string data) => $$"""
        {"specversion":"1.0","id":"{{id}}","source":"test","type":"{{Type}}","subject":"s","datacontenttype":"application/json",
         "tenantid":"tenant-e","time":"2026-11-25T08:00:00Z","data":{{data}}}
        """;

    private async Task<string> DeliverAsync(string cloudEvent)
    {
        using var content = new StringContent(cloudEvent);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        using var response = await Subscriber.Http.PostAsync(Route, content);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("status").GetString()!;
    }
}
