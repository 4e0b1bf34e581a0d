using System.Text;

namespace FactCheck.Core.Tests.Fetching;

internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(string name) => Encoding.GetEncoding(name);
}
