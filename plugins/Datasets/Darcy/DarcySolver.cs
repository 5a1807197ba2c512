namespace DNArch.Plugins.Datasets.Darcy;

/// <summary>
/// −∇·(a∇u) = f on the unit square, u = 0 on the boundary: the 5-point finite-difference scheme on an n×n node grid
/// (h = 1/(n-1)) with face coefficients the mean of the two nodes' a (second order for smooth a), solved by conjugate
/// gradients with a Jacobi preconditioner. Arrays are row-major n×n node values; boundary entries of u are 0.
/// </summary>
public static class DarcySolver
{
    public static double[] Solve(double[] a, double[] f, int n, double tolerance = 1e-10, int maxIterations = 100_000)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(f);
        var h2 = 1.0 / ((n - 1) * (n - 1));
        // east[p] couples p and p+1, north[p] couples p and p+n; zero where either node is on the boundary.
        var east = new double[n * n];
        var north = new double[n * n];
        var diagonal = new double[n * n];
        var residual = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var p = i * n + j;
                if (i == 0 || j == 0 || i == n - 1 || j == n - 1)
                    continue;
                diagonal[p] = 0.5 * (4 * a[p] + a[p + 1] + a[p - 1] + a[p + n] + a[p - n]);
                residual[p] = h2 * f[p];
                if (j < n - 2)
                    east[p] = 0.5 * (a[p] + a[p + 1]);
                if (i < n - 2)
                    north[p] = 0.5 * (a[p] + a[p + n]);
            }
        }
        var u = new double[n * n];
        var z = new double[n * n];
        var direction = new double[n * n];
        var product = new double[n * n];
        Precondition(residual, diagonal, z);
        Array.Copy(z, direction, z.Length);
        var rz = Dot(residual, z);
        var stop = tolerance * Math.Sqrt(Dot(residual, residual));
        for (var iteration = 0; iteration < maxIterations && Math.Sqrt(Dot(residual, residual)) > stop; iteration++)
        {
            Multiply(diagonal, east, north, n, direction, product);
            var step = rz / Dot(direction, product);
            for (var p = 0; p < u.Length; p++)
            {
                u[p] += step * direction[p];
                residual[p] -= step * product[p];
            }
            Precondition(residual, diagonal, z);
            var next = Dot(residual, z);
            for (var p = 0; p < u.Length; p++)
                direction[p] = z[p] + next / rz * direction[p];
            rz = next;
        }
        return u;
    }

    /// <summary>product = A·x over the interior; boundary entries of x are 0 and stay 0.</summary>
    static void Multiply(double[] diagonal, double[] east, double[] north, int n, double[] x, double[] product)
    {
        for (var p = n; p < x.Length - n; p++)
            product[p] = diagonal[p] * x[p] - east[p] * x[p + 1] - east[p - 1] * x[p - 1] - north[p] * x[p + n] - north[p - n] * x[p - n];
    }

    static void Precondition(double[] residual, double[] diagonal, double[] z)
    {
        for (var p = 0; p < z.Length; p++)
            z[p] = diagonal[p] > 0 ? residual[p] / diagonal[p] : 0;
    }

    static double Dot(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var p = 0; p < x.Length; p++)
            sum += x[p] * y[p];
        return sum;
    }
}
