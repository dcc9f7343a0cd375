export { runFeedback, themesByGroup, feedbackDataset, LINK_CANDIDATES } from './run';
export { feedbackOptions, FEEDBACK_DEFAULTS, type FeedbackOptions, type FeedbackSettings } from './options';
export { DEFAULT_THEMES, type ThemeDictionary, type ThemeRule } from './dictionary';
export { compileThemes } from './themes';
export { classify } from './classify';
export { polarity, label } from './sentiment';
export { tokenize } from './words';
export type * from './types';
