using System.Globalization;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// The operator's routes for the service's dead letters, on the web port beside the event routes and guarded by the
/// same app API token (without one configured they refuse everyone):
/// <c>GET /operator/dead-letters</c> lists (paged; topic, type, tenant, from, before), <c>POST
/// /operator/dead-letters/{id}/replay</c> replays one, <c>POST /operator/dead-letters/replay</c> replays every match.
/// </summary>
internal static partial class DeadLetterEndpoints
{
    public const string Path = "/operator/dead-letters";

    public static void MapDeadLetters(this IEndpointRouteBuilder endpoints, Func<HttpContext, bool> authorized)
    {
        var group = endpoints.MapGroup(Path)
            .AllowAnonymous()
            .AddEndpointFilter((context, next) =>
                authorized(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.Unauthorized()));
        group.MapGet("", ListAsync);
        group.MapPost("/replay", ReplayAllAsync);
        group.MapPost("/{id:long}/replay", ReplayOneAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IDeadLetterOperator deadLetters, ILoggerFactory loggers, int? pageSize, string? pageToken)
    {
        var size = Paging.PageSize(pageSize ?? 0);
        if (size is < 1 or > Paging.MaxPageSize)
        {
            return Refused($"pageSize ska vara mellan 1 och {Paging.MaxPageSize}.");
        }
        long after = 0;
        if (!string.IsNullOrEmpty(pageToken) && !Paging.TryReadToken(pageToken, out after))
        {
            return Refused("Sidmarkören är ogiltig; börja om från första sidan.");
        }
        if (!TryReadFilter(http.Request.Query, out var filter, out var problem))
        {
            return Refused(problem);
        }
        var (page, last) = await deadLetters.ListAsync(filter, after, size, http.RequestAborted);
        var (logger, caller) = (loggers.CreateLogger(typeof(DeadLetterEndpoints).FullName!), http.Connection.RemoteIpAddress?.ToString());
        LogListed(logger, caller, page.Count);
        return Results.Json(new
        {
            deadLetters = page.Select(d => new
            {
                id = d.Id,
                eventId = d.EventId,
                topic = d.Topic,
                type = d.Type,
                source = d.Source,
                tenantId = d.TenantId,
                reason = d.Reason,
                drops = d.Drops,
                firstDroppedAt = d.FirstDroppedAt,
                lastDroppedAt = d.LastDroppedAt,
                body = d.Body,
            }),
            nextPageToken = last is { } key ? Paging.Token(key) : "",
        });
    }

    private static async Task<IResult> ReplayOneAsync(HttpContext http, IDeadLetterOperator deadLetters, ILoggerFactory loggers, long id)
    {
        var outcome = await deadLetters.ReplayAsync(id, http.RequestAborted);
        if (outcome is null)
        {
            return Results.Json(new { error = $"Det finns inget dödbrev med id {id}." }, statusCode: StatusCodes.Status404NotFound);
        }
        var (logger, caller) = (loggers.CreateLogger(typeof(DeadLetterEndpoints).FullName!), http.Connection.RemoteIpAddress?.ToString());
        LogReplayed(logger, caller, 1, outcome.Status == "SUCCESS" ? 1 : 0);
        return Results.Json(outcome);
    }

    private static async Task<IResult> ReplayAllAsync(HttpContext http, IDeadLetterOperator deadLetters, ILoggerFactory loggers)
    {
        if (!TryReadFilter(http.Request.Query, out var filter, out var problem))
        {
            return Refused(problem);
        }
        var outcomes = await deadLetters.ReplayAllAsync(filter, http.RequestAborted);
        var applied = outcomes.Count(o => o.Status == "SUCCESS");
        var (logger, caller) = (loggers.CreateLogger(typeof(DeadLetterEndpoints).FullName!), http.Connection.RemoteIpAddress?.ToString());
        LogReplayed(logger, caller, outcomes.Count, applied);
        return Results.Json(new
        {
            replayed = outcomes.Count,
            applied,
            stillDropped = outcomes.Count(o => o.Status == "DROP"),
            retry = outcomes.Count(o => o.Status == "RETRY"),
            outcomes = outcomes.Where(o => o.Status != "SUCCESS"),
        });
    }

    private static bool TryReadFilter(IQueryCollection query, out DeadLetterFilter filter, out string problem)
    {
        filter = null!;
        problem = "";
        if (!TryReadInstant(query, "from", out var from, ref problem) || !TryReadInstant(query, "before", out var before, ref problem))
        {
            return false;
        }
        filter = new DeadLetterFilter(Text(query, "topic"), Text(query, "type"), Text(query, "tenant"), from, before);
        return true;
    }

    private static bool TryReadInstant(IQueryCollection query, string name, out DateTimeOffset? instant, ref string problem)
    {
        instant = null;
        if (Text(query, name) is not { } value)
        {
            return true;
        }
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            problem = $"{name} ska vara en tidpunkt enligt ISO 8601, t.ex. 2026-12-07T10:00:00Z.";
            return false;
        }
        instant = parsed;
        return true;
    }

    private static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } value ? value : null;

    private static IResult Refused(string problem) => Results.Json(new { error = problem }, statusCode: StatusCodes.Status400BadRequest);

    // Every operator read of dead letters (whose bodies may carry personal data) and every replay is logged.
    [LoggerMessage(Level = LogLevel.Information, Message = "Operator at {Caller} listed {Count} dead letters")]
    private static partial void LogListed(ILogger logger, string? caller, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator at {Caller} replayed {Count} dead letters; {Applied} applied")]
    private static partial void LogReplayed(ILogger logger, string? caller, int count, int applied);
}
