import type { ValidateFunction } from "ajv";
export declare const config: typeof c_validate10;
declare function c_validate10(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const builtInConfig: {
    schema: string;
    validate: ValidateFunction;
};
export {};
