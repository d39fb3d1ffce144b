using System.Reflection;
using Dyad.Web.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.FileProviders;

namespace Dyad.Web;

/// <summary>Builds Dyad's web host: the REST API over an <see cref="Dyad.Storage.IEventStore"/>, the OpenAPI document and the dashboard.</summary>
public static class DyadWebApp
{
    /// <summary>The dashboard's Content-Security-Policy: everything from this origin only, no inline script, no network elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A host ready to <c>StartAsync</c> or <c>RunAsync</c>; it listens on <see cref="DyadWebOptions.Urls"/> (port 0 picks a free one).</summary>
    public static WebApplication Build(DyadWebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DyadWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenApi(o => o.AddOperationTransformer(OpenApiQueryParameters.Add));
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(async http =>
        {
            var failure = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var result = failure is BadHttpRequestException bad
                ? Problem.Status(bad.StatusCode, "The request could not be read.", bad.Message)
                : Problem.Status(StatusCodes.Status500InternalServerError, "The server failed on this request; nothing was stored.");
            await result.ExecuteAsync(http);
        }));
        app.Use(async (http, next) =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            await next(http);
        });

        var files = new EmbeddedFileProvider(typeof(DyadWebApp).Assembly, "Dyad.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The built files keep stable names (small diffs), so browsers must revalidate them.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });

        EventEndpoints.Map(app, options.Store);
        SeriesEndpoints.Map(app, options.Store);
        ArticleEndpoints.Map(app, options);
        ActorEndpoints.Map(app, options.Store);
        ExportEndpoints.Map(app, options.Store);
        HealthEndpoints.Map(app, options.Store);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapFallback("/api/{**rest}", (HttpContext http) => Problem.Status(StatusCodes.Status404NotFound, "No such resource.", http.Request.Path.Value));
        return app;
    }

    /// <summary>The addresses the started host listens on (with the real port when <c>:0</c> was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
