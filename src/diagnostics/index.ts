export { imagePlaceholderRules, rules, type RuleId, type RuleParams, type Rule } from './catalog.js'
export { report, hasErrors } from './report.js'
