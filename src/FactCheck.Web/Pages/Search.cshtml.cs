using FactCheck.Core.Indexing;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages;

public sealed class SearchModel(ClaimIndex index) : PageModel
{
    public static readonly string[] Dimensions =
        ["length", "mass", "volume", "area", "speed", "energy", "power", "duration", "temperature", "information", "currency", "percentage", "count", "multiplier"];

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [FromQuery(Name = "min")]
    public double? Min { get; set; }

    [FromQuery(Name = "max")]
    public double? Max { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "article")]
    public long? Article { get; set; }

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "flagged")]
    public bool? Flagged { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    public ClaimSearchResult? Result { get; private set; }
    public string? Error { get; private set; }

    public bool Searched => Q is not null || Unit is not null || Min is not null || Max is not null || From is not null || To is not null
        || Article is not null || Actor is not null || Flagged is not null;

    public void OnGet()
    {
        if (!Searched)
        {
            return;
        }

        if (!ClaimsApi.TryDate(From, out var from) || !ClaimsApi.TryDate(To, out var to))
        {
            Error = "From and to must be dates in the form yyyy-MM-dd.";
            return;
        }

        try
        {
            Result = index.Search(new ClaimQuery
            {
                Text = Q, Dimension = Unit, Min = Min, Max = Max, From = from, To = to, SubmissionId = Article, Actor = Actor, HasFlag = Flagged, Sort = Sort,
            });
        }
        catch (InvalidSearchException e)
        {
            Error = e.Message;
        }
    }
}
