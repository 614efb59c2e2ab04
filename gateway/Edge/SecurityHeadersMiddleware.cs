namespace Ledningssystem.Gateway.Edge;

/// <summary>Browser-facing security headers on every response of the browser listener; HSTS only when the request came over TLS.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, WebAppLogin webAppLogin)
{
    private readonly string contentSecurityPolicy = webAppLogin.ContentSecurityPolicy();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
