namespace FactCheck.Core.Claims;

internal enum TokenKind : byte
{
    Number,
    Word,
    Symbol,
}

/// <param name="SpaceBefore">Whitespace separates this token from the previous one.</param>
/// <param name="BreakBefore">A line break does: figures never continue across lines.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, bool SpaceBefore, bool BreakBefore)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool Is(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;

    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}

/// <summary>
/// Splits text into numbers ("527,865", "0.28"), words (letters with inner apostrophes) and single
/// symbols. Hand-written because it runs on every sentence and a regex per token costs too much.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        var space = true;
        var lineBreak = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r' or '\u2029';
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                i = ReadNumber(text, i);
                i = ReadExponent(text, i);
                if (ReadSpacedNumber(text, start, i) is { } spaced)
                {
                    tokens.Add(new Token(kind, start, spaced.End, spaced.Text, space, lineBreak));
                    i = spaced.End;
                    space = false;
                    lineBreak = false;
                    continue;
                }
            }
            else if (c == '.' && space && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                // ".08", "a .300 average": a decimal written without its leading zero.
                kind = TokenKind.Number;
                i = ReadNumber(text, i + 1);
                if (i < text.Length && text[i] == ',')
                {
                    i = start + 1;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }
            }
            else if (VulgarFractions.ContainsKey(c))
            {
                kind = TokenKind.Number;
                i++;
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }

            tokens.Add(new Token(kind, start, i, text[start..i], space, lineBreak));
            space = false;
            lineBreak = false;
        }

        return tokens;
    }

    /// <summary>Single-character fractions ("½"), read as numbers of their own.</summary>
    public static readonly IReadOnlyDictionary<char, double> VulgarFractions = new Dictionary<char, double>
    {
        ['½'] = 0.5, ['¼'] = 0.25, ['¾'] = 0.75, ['⅓'] = 1.0 / 3, ['⅔'] = 2.0 / 3, ['⅕'] = 0.2, ['⅛'] = 0.125,
    };

    /// <summary>
    /// Digits, thousands groups of exactly three ("1,234" but not "1,2"; also after a thin or narrow
    /// no-break space, which typesetters use only as a thousands separator), one decimal part.
    /// </summary>
    private static int ReadNumber(string text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // Indian grouping, "12,34,567" and "1,20,000": pairs after the lakh, a final group of three.
        if (i - start <= 2)
        {
            var j = i;
            while (j + 3 < text.Length && text[j] == ',' && Digits(text, j + 1, 2) && text[j + 3] == ',')
            {
                j += 3;
            }

            if (j > i && Digits(text, j + 1, 3) && text[j] == ',' && (j + 4 >= text.Length || !char.IsAsciiDigit(text[j + 4])))
            {
                i = j + 4;
            }
        }

        while (i < text.Length && text[i] is ',' or '\u2009' or '\u202F' && Digits(text, i + 1, 3)
               && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            i += 4;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>"4e14", "9.83e-3": scientific notation, only where nothing but a space or punctuation follows.</summary>
    private static int ReadExponent(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] is not ('e' or 'E'))
        {
            return i;
        }

        var j = i + 1;
        if (text[j] is '-' or '+' or '\u2212')
        {
            j++;
        }

        var digits = j;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > digits && j - digits <= 3 && (j == text.Length || !char.IsLetterOrDigit(text[j])) ? j : i;
    }

    /// <summary>
    /// Treebank-tokenised figures, "6 . 2 %" and "80 , 000 fans": a lone dot or comma with a space on both
    /// sides between digits. Prose never writes a sentence end or a list comma that way, so reading them as
    /// one number costs nothing on ordinary text. The token keeps the written span and the joined digits.
    /// </summary>
    private static (int End, string Text)? ReadSpacedNumber(string text, int start, int i)
    {
        if (i + 3 >= text.Length || text[i] != ' ' || text[i + 2] != ' ' || text[i + 1] is not ('.' or ',')
            || !char.IsAsciiDigit(text[i + 3]) || !Digits(text, start, i - start))
        {
            return null;
        }

        var j = i + 3;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j < text.Length && (char.IsLetter(text[j]) || (text[j] is '.' or ',' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
        {
            return null;
        }

        if (text[i + 1] == '.')
        {
            return (j, string.Concat(text.AsSpan(start, i - start), ".", text.AsSpan(i + 3, j - i - 3)));
        }

        // Thousands: a lead of one to three digits, then groups of exactly three ("1 , 118", "10 , 000").
        if (i - start > 3 || j - i - 3 != 3)
        {
            return null;
        }

        var joined = string.Concat(text.AsSpan(start, i - start), text.AsSpan(i + 3, 3));
        while (j + 6 <= text.Length && text[j] == ' ' && text[j + 1] == ',' && text[j + 2] == ' ' && Digits(text, j + 3, 3)
               && (j + 6 == text.Length || !char.IsAsciiDigit(text[j + 6])))
        {
            joined += text.Substring(j + 3, 3);
            j += 6;
        }

        return (j, joined);
    }

    private static bool Digits(string text, int from, int count)
    {
        if (from + count > text.Length)
        {
            return false;
        }

        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
