export { imagePlaceholderRules, rules, type RuleId, type RuleParams, type Rule } from './catalog.js'
export { report, hasErrors } from './report.js'
export { BUILD_BUDGET, createBudget, type Budget, type BudgetKind } from './budget.js'
