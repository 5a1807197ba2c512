using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;
using Tensor = TorchSharp.torch.Tensor;

namespace DNArch.Tests.Export;

/// <summary>Runs an exported model in ONNX Runtime on a batch given as a TorchSharp tensor.</summary>
static class OnnxRuntimeRunner
{
    public static Tensor Run(string model, Tensor inputs)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var session = new InferenceSession(model, options);
        using var contiguous = inputs.contiguous();
        var input = new DenseTensor<float>(contiguous.data<float>().ToArray(), [.. inputs.shape.Select(n => (int)n)]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("input", input)]);
        var output = results.Single(r => r.Name == "output").AsTensor<float>();
        return tensor(output.ToArray(), [.. output.Dimensions.ToArray().Select(n => (long)n)]);
    }
}
