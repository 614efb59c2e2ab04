using Ledningssystem.Complaints;
using Ledningssystem.Complaints.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<ComplaintsDb, SqliteComplaintsDb, PostgresComplaintsDb>("complaints");
builder.AddComplaints();
var app = builder.Build();
app.MapServiceDefaults<ComplaintsDb>();
app.MapComplaints();
app.Run();
