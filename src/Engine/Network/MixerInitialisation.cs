namespace DNArch.Engine.Network;

/// <summary>How the channel mixers' weights start (<c>Search:Network:Initialisation</c>).</summary>
public enum MixerInitialisation
{
    /// <summary>
    /// CCNN's: the pointwise mixer Kaiming-uniform with linear gain, the block's linear layer and the head
    /// Kaiming-normal with ReLU gain, every bias zero. Residual branches start with a useful amplitude.
    /// </summary>
    Ccnn,

    /// <summary><c>nn.Linear</c>'s default, <c>U(-1/√in, 1/√in)</c> for weight and bias.</summary>
    Torch,
}
