namespace DNArch.Plugins.Datasets.ListOps;

/// <summary>
/// Token ids of the ListOps sequences, which are fed as one channel of floats (then standardised):
/// 0 padding, 1..10 the digits 0..9, 11 <c>[MIN</c>, 12 <c>[MAX</c>, 13 <c>[MED</c>, 14 <c>[SM</c>, 15 <c>]</c>.
/// As in LRA's input pipeline the parentheses of the generator's output are not tokens.
/// </summary>
public static class ListOpsVocabulary
{
    public const byte Padding = 0;
    public const byte Min = 11;
    public const byte Max = 12;
    public const byte Median = 13;
    public const byte SumMod = 14;
    public const byte Close = 15;

    public static readonly byte[] Operators = [Min, Max, Median, SumMod];

    public static byte Digit(int value) => (byte)(value + 1);

    public static bool IsDigit(byte token) => token is >= 1 and <= 10;

    public static int ValueOf(byte token) => token - 1;
}
