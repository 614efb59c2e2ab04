using Ledningssystem.Documents;
using Ledningssystem.Documents.Data;
using Ledningssystem.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults<DocumentsDb, SqliteDocumentsDb, PostgresDocumentsDb>("documents");
builder.AddDocuments();
var app = builder.Build();
app.MapServiceDefaults<DocumentsDb>();
app.MapDocuments();
app.Run();
