using FactCheck.Web.Api;

namespace FactCheck.Web.Pages;

public sealed record FlagCardModel(FlagState Flag, string Reviewer, bool ShowArticle);
