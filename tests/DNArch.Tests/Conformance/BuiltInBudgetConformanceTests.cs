using DNArch.Plugins.Budgets;
using DNArch.Plugins.Testing;

namespace DNArch.Tests.Conformance;

[Collection(TorchCollection.Name)]
public sealed class FlopsBudgetConformanceTests : BudgetPluginTests<FlopsMetric>;

[Collection(TorchCollection.Name)]
public sealed class ParamsBudgetConformanceTests : BudgetPluginTests<ParamsMetric>;

[Collection(TorchCollection.Name)]
public sealed class MemoryBudgetConformanceTests : BudgetPluginTests<MemoryMetric>;
