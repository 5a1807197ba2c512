namespace DNArch.Engine.Network;

/// <summary>
/// Shared by every layer of one network: when off, the network computes at full size with the masks as soft
/// multipliers (the "masked full network" that cropping must reproduce). Only tests turn it off.
/// </summary>
sealed class CropSwitch
{
    public bool Enabled { get; set; } = true;
}
