namespace Ledningssystem.Catalog;

/// <summary>One platform service: what it is called, where its code is, which API it serves, where it listens on one machine.</summary>
/// <param name="Name">Lower-case name: the process's log prefix, the gateway's cluster ids, the chart's key, the image name.</param>
/// <param name="Project">Project folder relative to the repository root, e.g. "services/Incidents".</param>
/// <param name="ProtoPackage">The API's protobuf package, e.g. "ledningssystem.incidents.v1": the gateway routes its paths here.</param>
/// <param name="GrpcPort">HTTP/2 listener on one machine (Rpc:GrpcPort).</param>
/// <param name="WebPort">HTTP/1.1 listener on one machine (Rpc:WebPort): gRPC-Web, Connect, /healthz and the event routes.</param>
/// <param name="Database">The service's own database: the SQLite file's name and the PostgreSQL connection string's key.</param>
public sealed record CatalogEntry(string Name, string Project, string ProtoPackage, int GrpcPort, int WebPort, string Database);
