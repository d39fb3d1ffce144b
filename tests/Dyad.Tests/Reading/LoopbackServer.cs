using System.Net;
using System.Net.Sockets;

namespace Dyad.Tests.Reading;

/// <summary>A real HTTP server on 127.0.0.1 for fetch tests; it answers with a handler and stops when disposed or after 30 s.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
    private readonly Task _loop;

    public LoopbackServer(Func<HttpListenerRequest, HttpListenerResponse, Task> handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try { _listener.Start(); break; }
            catch (HttpListenerException) when (attempt < 5) { }
        }
        _stop.Token.Register(() => { try { _listener.Stop(); } catch (ObjectDisposedException) { } });
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
                _ = Task.Run(async () =>
                {
                    try { await handler(context.Request, context.Response); }
                    finally { context.Response.Close(); }
                });
            }
        });
    }

    public int Port { get; private set; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public static async Task Write(HttpListenerResponse response, string body, string contentType = "text/html; charset=utf-8")
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Close(); } catch (ObjectDisposedException) { }
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
