using System.Net;
using System.Net.Sockets;

namespace Ledningssystem.Testing;

/// <summary>Loopback ports that were free a moment ago, for servers that take their ports as arguments.</summary>
public static class FreePorts
{
    public static int[] Take(int count)
    {
        // All listeners stay open until every port is known, so the ports differ from each other.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
