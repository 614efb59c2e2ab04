using Ledningssystem.Organizations;
using Ledningssystem.Organizations.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<OrganizationsDb, SqliteOrganizationsDb, PostgresOrganizationsDb>("organizations",
    // Organizations writes its access replica in the transaction that publishes each event (OrganizationChanges).
    options => options.ReplicateOrganizations = false);
builder.AddOrganizations();
var app = builder.Build();
app.MapServiceDefaults<OrganizationsDb>();
app.MapOrganizations();
app.Run();
