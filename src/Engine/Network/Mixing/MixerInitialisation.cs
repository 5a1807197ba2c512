namespace DNArch.Engine.Network;

/// <summary>
/// How the blocks' channel mixers' weights start (<c>Search:Network:Initialisation</c>). The head plugin initialises
/// its own layers.
/// </summary>
public enum MixerInitialisation
{
    /// <summary>
    /// CCNN's: the pointwise mixer Kaiming-uniform with linear gain, the block's linear layer Kaiming-normal with
    /// ReLU gain, every bias zero. Residual branches start with a useful amplitude.
    /// </summary>
    Ccnn,

    /// <summary><c>nn.Linear</c>'s default, <c>U(-1/√in, 1/√in)</c> for weight and bias.</summary>
    Torch,
}
