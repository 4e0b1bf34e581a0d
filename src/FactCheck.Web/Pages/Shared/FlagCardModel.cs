using FactCheck.Web.Api;

namespace FactCheck.Web.Pages;

public sealed record FlagCardModel(FlagState Flag, bool ShowArticle);
