using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Darcy;

/// <summary>
/// A sample of N(0, (-Δ + τ²I)^(-α)) with zero Neumann boundary conditions on the unit square, as FNO's
/// <c>GRF.m</c> draws it: a cosine (Karhunen–Loève) series with coefficients ξ_k·(π²|k|² + τ²)^(-α/2), ξ_k ~ N(0, 1),
/// the constant mode dropped, evaluated at the n×n grid nodes <c>x_i = i/(n-1)</c> with modes k = 0..n-1 per axis.
/// </summary>
public static class GaussianRandomField
{
    public static double[] Sample(Random random, int n, double alpha, double tau)
    {
        ArgumentNullException.ThrowIfNull(random);
        var coefficients = new double[n * n];
        for (var k1 = 0; k1 < n; k1++)
        {
            for (var k2 = 0; k2 < n; k2++)
            {
                var xi = random.NextGaussian();
                if (k1 + k2 > 0)
                    coefficients[k1 * n + k2] = xi * Math.Pow(Math.PI * Math.PI * (k1 * k1 + k2 * k2) + tau * tau, -alpha / 2);
            }
        }
        var basis = new double[n * n];
        for (var k = 0; k < n; k++)
            for (var i = 0; i < n; i++)
                basis[k * n + i] = Math.Cos(Math.PI * k * i / (n - 1));
        // Separable synthesis: field = Bᵀ C B, first over k2 then over k1.
        var half = new double[n * n];
        for (var k1 = 0; k1 < n; k1++)
            for (var k2 = 0; k2 < n; k2++)
                for (var j = 0; j < n; j++)
                    half[k1 * n + j] += coefficients[k1 * n + k2] * basis[k2 * n + j];
        var field = new double[n * n];
        for (var k1 = 0; k1 < n; k1++)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    field[i * n + j] += basis[k1 * n + i] * half[k1 * n + j];
        return field;
    }
}
