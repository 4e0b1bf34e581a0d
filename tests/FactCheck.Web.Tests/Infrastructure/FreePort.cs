using System.Net;
using System.Net.Sockets;

namespace FactCheck.Web.Tests.Infrastructure;

/// <summary>Finds TCP ports on the loopback interface that nothing listens on.</summary>
public static class FreePort
{
    /// <summary>
    /// A port that was free a moment ago. Another process may take it before it is used, so
    /// prefer binding to port 0 and reading the port back where the server allows it.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Whether something accepts connections on 127.0.0.1 at that port.</summary>
    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
