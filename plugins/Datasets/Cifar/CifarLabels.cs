namespace DNArch.Plugins.Datasets.Cifar;

/// <summary>Which label of a CIFAR-100 record to predict.</summary>
public enum CifarLabels
{
    /// <summary>The 100 fine classes.</summary>
    Fine,

    /// <summary>The 20 coarse superclasses.</summary>
    Coarse,
}
