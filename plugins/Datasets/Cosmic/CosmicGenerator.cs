using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Cosmic;

/// <summary>
/// Sky images of the kind NAS-Bench-360's cosmic-ray task (deepCR, HST ACS/WFC) segments, in electrons: a sky
/// level of 50..200 with a gentle gradient; stars as Gaussian point-spread blobs (σ 1..2 pixels, total flux
/// log-uniform in 500..50,000); cosmic-ray hits, undiluted by the optics, as single pixels, 2×2 clusters or straight
/// tracks of 2..16 pixels at any angle, each pixel 100..5,000; then shot noise and a read noise of 5. The target is
/// 1 on every pixel a hit touched.
/// </summary>
public sealed class CosmicGenerator(int side, int stars, int hits)
{
    const double ReadNoise = 5;

    public (float[] Image, float[] Mask) Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sky = new double[side * side];
        var mask = new float[side * side];
        var level = 50 + 150 * random.NextDouble();
        var (gx, gy) = (20 * (random.NextDouble() - 0.5), 20 * (random.NextDouble() - 0.5));
        for (var y = 0; y < side; y++)
            for (var x = 0; x < side; x++)
                sky[y * side + x] = level + gx * x / side + gy * y / side;
        for (var s = Count(random, stars, 0); s > 0; s--)
            AddStar(sky, random);
        for (var h = Count(random, hits, 1); h > 0; h--)
            AddHit(sky, mask, random);
        var image = new float[side * side];
        for (var p = 0; p < image.Length; p++)
            image[p] = (float)(sky[p] + Math.Sqrt(sky[p] + ReadNoise * ReadNoise) * random.NextGaussian());
        return (image, mask);
    }

    /// <summary>A count around <paramref name="mean"/> (uniform in [mean/2, 3·mean/2]), at least <paramref name="minimum"/>.</summary>
    static int Count(Random random, int mean, int minimum) => Math.Max(minimum, random.Next(mean / 2, mean + mean / 2 + 1));

    void AddStar(double[] sky, Random random)
    {
        var (cx, cy) = (random.NextDouble() * side, random.NextDouble() * side);
        var sigma = 1 + random.NextDouble();
        var flux = 500 * Math.Pow(100, random.NextDouble());
        var radius = (int)Math.Ceiling(4 * sigma);
        for (var y = Math.Max(0, (int)cy - radius); y <= Math.Min(side - 1, (int)cy + radius); y++)
        {
            for (var x = Math.Max(0, (int)cx - radius); x <= Math.Min(side - 1, (int)cx + radius); x++)
            {
                var d2 = (x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy);
                sky[y * side + x] += flux / (2 * Math.PI * sigma * sigma) * Math.Exp(-d2 / (2 * sigma * sigma));
            }
        }
    }

    void AddHit(double[] sky, float[] mask, Random random)
    {
        var (x0, y0) = (random.NextDouble() * side, random.NextDouble() * side);
        var kind = random.Next(3);
        var length = kind == 2 ? 2 + random.Next(15) : kind;
        var angle = random.NextDouble() * Math.PI;
        var pixels = new HashSet<int>();
        if (kind == 1)
        {
            for (var k = 0; k < 4; k++)
                Add(pixels, (int)x0 + k % 2, (int)y0 + k / 2);
        }
        for (var t = 0.0; t <= Math.Max(0, length - 1); t += 0.5)
            Add(pixels, (int)(x0 + t * Math.Cos(angle)), (int)(y0 + t * Math.Sin(angle)));
        foreach (var p in pixels)
        {
            sky[p] += 100 * Math.Pow(50, random.NextDouble());
            mask[p] = 1;
        }
    }

    void Add(HashSet<int> pixels, int x, int y)
    {
        if (x >= 0 && y >= 0 && x < side && y < side)
            pixels.Add(y * side + x);
    }
}
