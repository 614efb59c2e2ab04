using Ledningssystem.DevTokenIssuer;
using Ledningssystem.DevTokenIssuer.Realm;
using Ledningssystem.DevTokenIssuer.Signing;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (!builder.Environment.IsDevelopment())
{
    Console.Error.WriteLine(
        $"DevTokenIssuer startar bara i miljön Development (nu: {builder.Environment.EnvironmentName}); i drift utfärdar Keycloak alla tokens.");
    return 1;
}
builder.Configuration.AddCommandLine(args, IssuerSettings.SwitchMappings);
builder.AddDevTokenIssuer();

var app = builder.Build();
app.Services.GetRequiredService<SigningKey>(); // create or load the key before announcing readiness
app.MapRealm();
await app.StartAsync();
Console.WriteLine($"DevTokenIssuer listening: issuer {app.IssuerOf()}");
await app.WaitForShutdownAsync();
return 0;
