using Ledningssystem.Organizations;
using Ledningssystem.Organizations.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<OrganizationsDb, SqliteOrganizationsDb, PostgresOrganizationsDb>("organizations");
builder.AddOrganizations();
var app = builder.Build();
app.MapServiceDefaults<OrganizationsDb>();
app.MapOrganizations();
app.Run();
