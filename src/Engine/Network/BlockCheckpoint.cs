using DNArch.Abstractions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Activation checkpointing of a residual block (<see cref="NetworkOptions.Checkpointing"/>): the forward runs the
/// block without a graph and keeps only its input and depth gate; the backward runs the block again with a graph and
/// backpropagates through that. A step then holds one stream per block instead of every intermediate of every block
/// (FFT spectra, kernels, norms), for one more forward pass of the blocks.
/// <para>
/// The recomputation draws the random numbers the first pass drew (dropout), and the buffers it updates (BatchNorm's
/// running statistics, which a training-mode forward only writes) are restored after it, so a checkpointed step
/// computes and changes exactly what a plain one does. Parameters receive their gradients from the recomputation's
/// own backward (a reentrant backward, as PyTorch's reentrant checkpoint): the step must call <c>backward()</c>;
/// <c>autograd.grad</c> would not see them.
/// </para>
/// </summary>
static class BlockCheckpoint
{
    /// <summary><see cref="ResidualBlock.forward"/>, checkpointed when gradients are being recorded.</summary>
    public static (Tensor Stream, int Active) Forward(ResidualBlock block, Tensor x, int active, Tensor? depth, bool resample)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(x);
        if (!is_grad_enabled()) return block.forward(x, active, depth, resample);
        // Only the CPU generator's state can be read and restored through TorchSharp.
        if (block.training && block.Dropout > 0 && x.device_type != DeviceType.CPU)
            throw InvalidInputException.ForKey("Search:Network:Checkpointing",
                $"it cannot replay dropout on {x.device_type} (the recomputed block would draw other masks)",
                "Turn it off, set Search:Network:Dropout to 0 or train on the CPU");
        var outputActive = active;
        Tensor Run(Tensor input, Tensor? gate)
        {
            var (stream, after) = block.forward(input, active, gate, resample);
            outputActive = after;
            return stream;
        }
        using var scope = NewDisposeScope();
        var y = Recomputed.apply(x, depth, (Func<Tensor, Tensor?, Tensor>)Run, block);
        return (y.MoveToOuterDisposeScope(), outputActive);
    }

    sealed class Recomputed : autograd.SingleTensorFunction<Recomputed>
    {
        public override string Name => nameof(BlockCheckpoint);

        public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
        {
            var (x, depth, run) = ((Tensor)vars[0], (Tensor?)vars[1], (Func<Tensor, Tensor?, Tensor>)vars[2]);
            ctx.save_for_backward([x, depth!]);
            ctx.save_data("run", run);
            ctx.save_data("block", vars[3]);
            using (var state = get_rng_state()) ctx.save_data("random", state.data<byte>().ToArray());
            return run(x, depth);
        }

        public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
        {
            var run = (Func<Tensor, Tensor?, Tensor>)ctx.get_data("run");
            var block = (nn.Module)ctx.get_data("block");
            using var scope = NewDisposeScope();
            var saved = ctx.get_saved_variables();
            var x = saved[0].detach().requires_grad_();
            var depth = saved[1]?.detach().requires_grad_();
            var buffers = block.buffers().Select(b => (Buffer: b, Value: b.clone())).ToList();
            using (var now = get_rng_state())
            using (enable_grad())
            {
                using (var first = tensor((byte[])ctx.get_data("random"))) set_rng_state(first);
                autograd.backward([run(x, depth)], [grad_output]);
                set_rng_state(now);
            }
            using (no_grad())
                foreach (var (buffer, value) in buffers) buffer.copy_(value);
            return [x.grad!.MoveToOuterDisposeScope(), depth?.grad?.MoveToOuterDisposeScope()!, null!, null!];
        }
    }
}
