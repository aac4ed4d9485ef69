/**
 * The parts of survey-core's runtime objects this package reads. survey-core's own typings are
 * wide (and some members are internal), so the compiler reads models through these narrow views.
 */

export interface CoreItemValue {
  value: unknown;
  visibleIf?: string;
  enableIf?: string;
  isCommentRequired?: boolean;
}

export interface CoreValidator {
  getType(): string;
  validate(value: unknown, name?: string, properties?: unknown): { error?: CoreError | null } | null;
  expression?: string;
  text?: string;
  notificationType?: string;
}

export interface CoreError {
  notificationType?: string;
  getErrorType(): string;
  getText(): string;
}

export interface CoreElement {
  name: string;
  isPanel?: boolean;
  isPage?: boolean;
  visible: boolean;
  visibleIf?: string;
  enableIf?: string;
  requiredIf?: string;
  readOnly: boolean;
  isRequired: boolean;
  parent?: CoreElement | null;
  errors?: CoreError[];
  getType(): string;
  elements?: CoreElement[];
  questions?: CoreQuestion[];
}

export interface CoreQuestion extends CoreElement {
  getValueName(): string;
  getValidators(): CoreValidator[];
  isVisible: boolean;
  isParentVisible: boolean;
  parentQuestion?: CoreQuestion | null;
  containsErrors?: boolean;
  inputType?: string;
  min?: unknown;
  max?: unknown;
  step?: unknown;
  minValueExpression?: string;
  maxValueExpression?: string;
  setValueExpression?: string;
  setValueIf?: string;
  resetValueIf?: string;
  getMaxLength?(): number;
  maxLength?: number;
  // select base
  choices?: CoreItemValue[];
  choicesVisibleIf?: string;
  choicesEnableIf?: string;
  choicesFromQuestion?: string;
  choicesByUrl?: { url?: string };
  showOtherItem?: boolean;
  showNoneItem?: boolean;
  showRefuseItem?: boolean;
  showDontKnowItem?: boolean;
  showSelectAllItem?: boolean;
  otherItem?: CoreItemValue;
  noneItem?: CoreItemValue;
  refuseItem?: CoreItemValue;
  dontKnowItem?: CoreItemValue;
  storeOthersAsComment?: boolean | string;
  showCommentArea?: boolean;
  hasComment?: boolean;
  minSelectedChoices?: number;
  maxSelectedChoices?: number;
  valuePropertyName?: string;
  allowCustomChoices?: boolean;
  choicesMin?: number;
  choicesMax?: number;
  choicesStep?: number;
  selectToRankEnabled?: boolean;
  // rating
  visibleRateValues?: CoreItemValue[];
  // boolean
  valueTrue?: unknown;
  valueFalse?: unknown;
  // matrix
  rows?: CoreItemValue[];
  columns?: CoreItemValue[];
  rowsVisibleIf?: string;
  columnsVisibleIf?: string;
  eachRowRequired?: boolean;
  isAllRowRequired?: boolean;
  eachRowUnique?: boolean;
  // multipletext
  items?: CoreMultipleTextItem[];
}

export interface CoreMultipleTextItem {
  name: string;
  isRequired: boolean;
  inputType?: string;
  validators: CoreValidator[];
  editor: CoreQuestion;
}

export interface CoreModel {
  pages: CoreElement[];
  jsonErrors?: { message: string }[] | null;
  calculatedValues: { name: string; includeIntoResult?: boolean }[];
  triggers: unknown[];
  storeOthersAsComment: boolean;
  data: Record<string, unknown>;
  getAllQuestions(
    visibleOnly?: boolean,
    includeDesignTime?: boolean,
    includeNested?: boolean,
  ): CoreQuestion[];
  getAllPanels(visibleOnly?: boolean, includeDesignTime?: boolean): CoreElement[];
  getQuestionByName(name: string): CoreQuestion | null;
  validate(fireCallback?: boolean, focusOnFirstError?: boolean): boolean;
  clear(clearData?: boolean, goToFirstPage?: boolean): void;
}
