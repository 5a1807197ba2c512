namespace DNArch.Engine.Network;

/// <summary>The role a channel mixer plays, which decides its CCNN initialisation.</summary>
enum MixerRole
{
    /// <summary>The separable conv's 1×1 channel mixer, followed by a nonlinearity.</summary>
    Pointwise,

    /// <summary>The block's linear layer.</summary>
    Linear,
}
