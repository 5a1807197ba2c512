using static DNArch.Plugins.Datasets.ListOps.ListOpsVocabulary;

namespace DNArch.Plugins.Datasets.ListOps;

/// <summary>
/// LRA's ListOps generator (<c>lra_benchmarks/data/listops.py</c>): below the maximum depth a node is an operator
/// with probability 0.25, else a digit; an operator takes 2..MaxArgs arguments and is one of MIN, MAX, MED, SM.
/// Trees are drawn until their token count lies strictly between MinLength and MaxLength.
/// </summary>
public sealed class ListOpsGenerator(int minLength, int maxLength, int maxDepth, int maxArgs)
{
    const double OperatorProbability = 0.25;

    /// <summary>Draws accepted expressions from <paramref name="random"/> until one is accepted.</summary>
    public (byte[] Tokens, int Label) Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var tokens = new List<byte>(maxLength);
        while (true)
        {
            tokens.Clear();
            var value = Node(1, random, tokens);
            if (value >= 0 && tokens.Count > minLength && tokens.Count < maxLength)
                return (tokens.ToArray(), value);
        }
    }

    /// <summary>Appends one subtree and returns its value, or -1 once the expression is already too long.</summary>
    int Node(int depth, Random random, List<byte> tokens)
    {
        if (tokens.Count >= maxLength)
            return -1;
        if (depth >= maxDepth || random.NextDouble() > OperatorProbability)
        {
            var digit = random.Next(10);
            tokens.Add(Digit(digit));
            return digit;
        }
        var count = random.Next(2, maxArgs + 1);
        var op = Operators[random.Next(Operators.Length)];
        tokens.Add(op);
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Node(depth + 1, random, tokens);
            if (values[i] < 0)
                return -1;
        }
        tokens.Add(Close);
        return Apply(op, values);
    }

    /// <summary>MED is numpy's median truncated to an integer, SM the sum modulo 10.</summary>
    static int Apply(byte op, int[] values)
    {
        switch (op)
        {
            case Min: return values.Min();
            case Max: return values.Max();
            case SumMod: return values.Sum() % 10;
            default:
                Array.Sort(values);
                var middle = values.Length / 2;
                return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }
}
