"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.builtIn = exports.options29 = exports.options28 = exports.options27 = exports.options26 = exports.options25 = exports.options24 = exports.options23 = exports.options22 = exports.options21 = exports.options20 = exports.options19 = exports.options18 = exports.options17 = exports.options16 = exports.options15 = exports.options14 = exports.options13 = exports.options12 = exports.options11 = exports.options10 = exports.options9 = exports.options8 = exports.options7 = exports.options6 = exports.options5 = exports.options4 = exports.options3 = exports.options2 = exports.options1 = exports.options0 = exports.ruleMeta = void 0;
// The rule schema (schemas/rule.schema.json) and the options schema of each built-in rule, by rule id; core/rule.ts
// loads this module when a rule's meta or options need checking.
exports.ruleMeta = m_validate10;
const m_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/moat-policy/moat/v0.1.0/schemas/rule.schema.json", "title": "moat rule meta", "description": "The one rule schema: every rule's `meta` is validated against it when the rule loads. Pulumi policies, the CLI, the docs and the config schema are all generated from these fields.", "type": "object", "additionalProperties": false, "required": ["id", "name", "title", "severity", "area", "resourceTypes", "scope", "doors", "messages", "rationale", "defaults", "remediation", "references", "options", "enforcement"], "properties": { "id": { "description": "Stable id. Never reused: a change of meaning gets a new id and the old rule is deprecated.", "type": "string", "pattern": "^MOAT-[A-Z0-9]+-[0-9]{3}$" }, "name": { "description": "kebab-case name; the Pulumi policy name and the config key.", "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 64 }, "title": { "description": "One sentence: what is wrong when the rule fires.", "type": "string", "minLength": 10, "maxLength": 140 }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "area": { "enum": ["listener-http", "lb-tls", "db-encryption", "sg-broad"] }, "resourceTypes": { "description": "Canonical Terraform resource types the rule is called for.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^aws_[a-z0-9_]+$" } }, "scope": { "description": "`resource`: the verdict depends on the resource alone (a Pulumi resource policy). `stack`: it needs other resources through the graph (a Pulumi stack policy).", "enum": ["resource", "stack"] }, "doors": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["hcl", "plan", "pulumi"] } }, "messages": { "description": "Message templates keyed by message id; `{{name}}` is replaced by the report's data.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z][A-Za-z0-9]*$" }, "additionalProperties": { "type": "string", "minLength": 10 } }, "rationale": { "description": "Why this matters (Markdown).", "type": "string", "minLength": 40 }, "defaults": { "description": "What the rule assumes when an attribute is absent (the provider default), and where that default is documented.", "type": "string", "minLength": 20 }, "remediation": { "type": "object", "additionalProperties": false, "required": ["text", "hcl", "pulumi"], "properties": { "text": { "type": "string", "minLength": 10 }, "hcl": { "type": "string", "minLength": 10 }, "pulumi": { "type": "string", "minLength": 10 } } }, "references": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["title", "url"], "properties": { "title": { "type": "string", "minLength": 3 }, "url": { "type": "string", "format": "uri", "pattern": "^https://" } } } }, "options": { "description": "JSON Schema of the rule's options: an object whose every property has a default and a description.", "type": "object", "required": ["type", "properties", "additionalProperties"], "properties": { "type": { "const": "object" }, "additionalProperties": { "const": false }, "properties": { "type": "object", "additionalProperties": { "type": "object", "required": ["default", "description"], "properties": { "default": {}, "description": { "type": "string", "minLength": 10 } } } } } }, "enforcement": { "description": "Default enforcement level: mandatory for critical and high rules, advisory for the rest.", "enum": ["mandatory", "advisory"] }, "tags": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9-]+$" } }, "framework": { "type": "object", "additionalProperties": false, "required": ["name", "version", "reference", "specification"], "properties": { "name": { "type": "string" }, "version": { "type": "string" }, "reference": { "type": "string" }, "specification": { "type": "string" } } }, "deprecated": { "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "reason": { "type": "string" }, "replacedBy": { "type": "string", "pattern": "^MOAT-[A-Z0-9]+-[0-9]{3}$" } } } }, "if": { "properties": { "severity": { "enum": ["critical", "high"] } } }, "then": { "properties": { "enforcement": { "const": "mandatory" } } }, "else": { "properties": { "enforcement": { "const": "advisory" } } } };
const m_func2 = Object.prototype.hasOwnProperty;
const m_func3 = require("ajv/dist/runtime/ucs2length").default;
const m_func0 = require("ajv/dist/runtime/equal").default;
const m_pattern0 = new RegExp("^MOAT-[A-Z0-9]+-[0-9]{3}$", "u");
const m_pattern1 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
const m_pattern2 = new RegExp("^aws_[a-z0-9_]+$", "u");
const m_pattern3 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");
const m_pattern4 = new RegExp("^https://", "u");
const m_pattern5 = new RegExp("^[a-z0-9-]+$", "u");
const m_formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
function m_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/moat-policy/moat/v0.1.0/schemas/rule.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.severity !== undefined) {
            let data0 = data.severity;
            if (!((data0 === "critical") || (data0 === "high"))) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
        if (_errs1) {
            vErrors.length = _errs1;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid0) {
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.enforcement !== undefined) {
                if ("mandatory" !== data.enforcement) {
                    const err1 = { instancePath: instancePath + "/enforcement", schemaPath: "#/then/properties/enforcement/const", keyword: "const", params: { allowedValue: "mandatory" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
        var _valid0 = _errs4 === errors;
        valid0 = _valid0;
        ifClause0 = "then";
    }
    else {
        const _errs6 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.enforcement !== undefined) {
                if ("advisory" !== data.enforcement) {
                    const err2 = { instancePath: instancePath + "/enforcement", schemaPath: "#/else/properties/enforcement/const", keyword: "const", params: { allowedValue: "advisory" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        var _valid0 = _errs6 === errors;
        valid0 = _valid0;
        ifClause0 = "else";
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.name === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.title === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.severity === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.area === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "area" }, message: "must have required property '" + "area" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.resourceTypes === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceTypes" }, message: "must have required property '" + "resourceTypes" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.scope === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property '" + "scope" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.doors === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "doors" }, message: "must have required property '" + "doors" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.messages === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messages" }, message: "must have required property '" + "messages" + "'" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.rationale === undefined) {
            const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property '" + "rationale" + "'" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (data.defaults === undefined) {
            const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "defaults" }, message: "must have required property '" + "defaults" + "'" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data.remediation === undefined) {
            const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property '" + "remediation" + "'" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (data.references === undefined) {
            const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property '" + "references" + "'" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (data.options === undefined) {
            const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (data.enforcement === undefined) {
            const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enforcement" }, message: "must have required property '" + "enforcement" + "'" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(m_func2.call(m_schema11.properties, key0))) {
                const err19 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data3 = data.id;
            if (typeof data3 === "string") {
                if (!m_pattern0.test(data3)) {
                    const err20 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^MOAT-[A-Z0-9]+-[0-9]{3}$" }, message: "must match pattern \"" + "^MOAT-[A-Z0-9]+-[0-9]{3}$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data4 = data.name;
            if (typeof data4 === "string") {
                if (m_func3(data4) > 64) {
                    const err22 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                if (!m_pattern1.test(data4)) {
                    const err23 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            let data5 = data.title;
            if (typeof data5 === "string") {
                if (m_func3(data5) > 140) {
                    const err25 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (m_func3(data5) < 10) {
                    const err26 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.severity !== undefined) {
            let data6 = data.severity;
            if (!((((data6 === "critical") || (data6 === "high")) || (data6 === "medium")) || (data6 === "low"))) {
                const err28 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: m_schema11.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.area !== undefined) {
            let data7 = data.area;
            if (!((((data7 === "listener-http") || (data7 === "lb-tls")) || (data7 === "db-encryption")) || (data7 === "sg-broad"))) {
                const err29 = { instancePath: instancePath + "/area", schemaPath: "#/properties/area/enum", keyword: "enum", params: { allowedValues: m_schema11.properties.area.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.resourceTypes !== undefined) {
            let data8 = data.resourceTypes;
            if (Array.isArray(data8)) {
                if (data8.length < 1) {
                    const err30 = { instancePath: instancePath + "/resourceTypes", schemaPath: "#/properties/resourceTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data9 = data8[i0];
                    if (typeof data9 === "string") {
                        if (!m_pattern2.test(data9)) {
                            const err31 = { instancePath: instancePath + "/resourceTypes/" + i0, schemaPath: "#/properties/resourceTypes/items/pattern", keyword: "pattern", params: { pattern: "^aws_[a-z0-9_]+$" }, message: "must match pattern \"" + "^aws_[a-z0-9_]+$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err32 = { instancePath: instancePath + "/resourceTypes/" + i0, schemaPath: "#/properties/resourceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                let i1 = data8.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data8[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err33 = { instancePath: instancePath + "/resourceTypes", schemaPath: "#/properties/resourceTypes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/resourceTypes", schemaPath: "#/properties/resourceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.scope !== undefined) {
            let data10 = data.scope;
            if (!((data10 === "resource") || (data10 === "stack"))) {
                const err35 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: m_schema11.properties.scope.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.doors !== undefined) {
            let data11 = data.doors;
            if (Array.isArray(data11)) {
                if (data11.length < 1) {
                    const err36 = { instancePath: instancePath + "/doors", schemaPath: "#/properties/doors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                const len1 = data11.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data12 = data11[i2];
                    if (!(((data12 === "hcl") || (data12 === "plan")) || (data12 === "pulumi"))) {
                        const err37 = { instancePath: instancePath + "/doors/" + i2, schemaPath: "#/properties/doors/items/enum", keyword: "enum", params: { allowedValues: m_schema11.properties.doors.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
                let i3 = data11.length;
                let j1;
                if (i3 > 1) {
                    outer0: for (; i3--;) {
                        for (j1 = i3; j1--;) {
                            if (m_func0(data11[i3], data11[j1])) {
                                const err38 = { instancePath: instancePath + "/doors", schemaPath: "#/properties/doors/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/doors", schemaPath: "#/properties/doors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.messages !== undefined) {
            let data13 = data.messages;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (Object.keys(data13).length < 1) {
                    const err40 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                for (const key1 in data13) {
                    const _errs27 = errors;
                    if (typeof key1 === "string") {
                        if (!m_pattern3.test(key1)) {
                            const err41 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z0-9]*$" }, message: "must match pattern \"" + "^[a-z][A-Za-z0-9]*$" + "\"", propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    var valid11 = _errs27 === errors;
                    if (!valid11) {
                        const err42 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                for (const key2 in data13) {
                    let data14 = data13[key2];
                    if (typeof data14 === "string") {
                        if (m_func3(data14) < 10) {
                            const err43 = { instancePath: instancePath + "/messages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/messages/additionalProperties/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err44 = { instancePath: instancePath + "/messages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/messages/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err45 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.rationale !== undefined) {
            let data15 = data.rationale;
            if (typeof data15 === "string") {
                if (m_func3(data15) < 40) {
                    const err46 = { instancePath: instancePath + "/rationale", schemaPath: "#/properties/rationale/minLength", keyword: "minLength", params: { limit: 40 }, message: "must NOT have fewer than 40 characters" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            else {
                const err47 = { instancePath: instancePath + "/rationale", schemaPath: "#/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.defaults !== undefined) {
            let data16 = data.defaults;
            if (typeof data16 === "string") {
                if (m_func3(data16) < 20) {
                    const err48 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            else {
                const err49 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
        }
        if (data.remediation !== undefined) {
            let data17 = data.remediation;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.text === undefined) {
                    const err50 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property '" + "text" + "'" };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
                if (data17.hcl === undefined) {
                    const err51 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/required", keyword: "required", params: { missingProperty: "hcl" }, message: "must have required property '" + "hcl" + "'" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (data17.pulumi === undefined) {
                    const err52 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/required", keyword: "required", params: { missingProperty: "pulumi" }, message: "must have required property '" + "pulumi" + "'" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                for (const key3 in data17) {
                    if (!(((key3 === "text") || (key3 === "hcl")) || (key3 === "pulumi"))) {
                        const err53 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
                if (data17.text !== undefined) {
                    let data18 = data17.text;
                    if (typeof data18 === "string") {
                        if (m_func3(data18) < 10) {
                            const err54 = { instancePath: instancePath + "/remediation/text", schemaPath: "#/properties/remediation/properties/text/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err55 = { instancePath: instancePath + "/remediation/text", schemaPath: "#/properties/remediation/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                if (data17.hcl !== undefined) {
                    let data19 = data17.hcl;
                    if (typeof data19 === "string") {
                        if (m_func3(data19) < 10) {
                            const err56 = { instancePath: instancePath + "/remediation/hcl", schemaPath: "#/properties/remediation/properties/hcl/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err57 = { instancePath: instancePath + "/remediation/hcl", schemaPath: "#/properties/remediation/properties/hcl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
                if (data17.pulumi !== undefined) {
                    let data20 = data17.pulumi;
                    if (typeof data20 === "string") {
                        if (m_func3(data20) < 10) {
                            const err58 = { instancePath: instancePath + "/remediation/pulumi", schemaPath: "#/properties/remediation/properties/pulumi/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err59 = { instancePath: instancePath + "/remediation/pulumi", schemaPath: "#/properties/remediation/properties/pulumi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err60 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
        }
        if (data.references !== undefined) {
            let data21 = data.references;
            if (Array.isArray(data21)) {
                if (data21.length < 1) {
                    const err61 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
                const len2 = data21.length;
                for (let i4 = 0; i4 < len2; i4++) {
                    let data22 = data21[i4];
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.title === undefined) {
                            const err62 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        if (data22.url === undefined) {
                            const err63 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        for (const key4 in data22) {
                            if (!((key4 === "title") || (key4 === "url"))) {
                                const err64 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        if (data22.title !== undefined) {
                            let data23 = data22.title;
                            if (typeof data23 === "string") {
                                if (m_func3(data23) < 3) {
                                    const err65 = { instancePath: instancePath + "/references/" + i4 + "/title", schemaPath: "#/properties/references/items/properties/title/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/references/" + i4 + "/title", schemaPath: "#/properties/references/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data22.url !== undefined) {
                            let data24 = data22.url;
                            if (typeof data24 === "string") {
                                if (!m_pattern4.test(data24)) {
                                    const err67 = { instancePath: instancePath + "/references/" + i4 + "/url", schemaPath: "#/properties/references/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: "must match pattern \"" + "^https://" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (!(m_formats0(data24))) {
                                    const err68 = { instancePath: instancePath + "/references/" + i4 + "/url", schemaPath: "#/properties/references/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err69 = { instancePath: instancePath + "/references/" + i4 + "/url", schemaPath: "#/properties/references/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err70 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err70];
                        }
                        else {
                            vErrors.push(err70);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err71 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
        }
        if (data.options !== undefined) {
            let data25 = data.options;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.type === undefined) {
                    const err72 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                if (data25.properties === undefined) {
                    const err73 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/required", keyword: "required", params: { missingProperty: "properties" }, message: "must have required property '" + "properties" + "'" };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
                if (data25.additionalProperties === undefined) {
                    const err74 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/required", keyword: "required", params: { missingProperty: "additionalProperties" }, message: "must have required property '" + "additionalProperties" + "'" };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                if (data25.type !== undefined) {
                    if ("object" !== data25.type) {
                        const err75 = { instancePath: instancePath + "/options/type", schemaPath: "#/properties/options/properties/type/const", keyword: "const", params: { allowedValue: "object" }, message: "must be equal to constant" };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                }
                if (data25.additionalProperties !== undefined) {
                    if (false !== data25.additionalProperties) {
                        const err76 = { instancePath: instancePath + "/options/additionalProperties", schemaPath: "#/properties/options/properties/additionalProperties/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                if (data25.properties !== undefined) {
                    let data28 = data25.properties;
                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                        for (const key5 in data28) {
                            let data29 = data28[key5];
                            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                if (data29.default === undefined) {
                                    const err77 = { instancePath: instancePath + "/options/properties/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/properties/properties/additionalProperties/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property '" + "default" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err77];
                                    }
                                    else {
                                        vErrors.push(err77);
                                    }
                                    errors++;
                                }
                                if (data29.description === undefined) {
                                    const err78 = { instancePath: instancePath + "/options/properties/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/properties/properties/additionalProperties/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                                if (data29.description !== undefined) {
                                    let data30 = data29.description;
                                    if (typeof data30 === "string") {
                                        if (m_func3(data30) < 10) {
                                            const err79 = { instancePath: instancePath + "/options/properties/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/options/properties/properties/additionalProperties/properties/description/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err79];
                                            }
                                            else {
                                                vErrors.push(err79);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err80 = { instancePath: instancePath + "/options/properties/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/options/properties/properties/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err80];
                                        }
                                        else {
                                            vErrors.push(err80);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err81 = { instancePath: instancePath + "/options/properties/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/properties/properties/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err82 = { instancePath: instancePath + "/options/properties", schemaPath: "#/properties/options/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err83 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.enforcement !== undefined) {
            let data31 = data.enforcement;
            if (!((data31 === "mandatory") || (data31 === "advisory"))) {
                const err84 = { instancePath: instancePath + "/enforcement", schemaPath: "#/properties/enforcement/enum", keyword: "enum", params: { allowedValues: m_schema11.properties.enforcement.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
        }
        if (data.tags !== undefined) {
            let data32 = data.tags;
            if (Array.isArray(data32)) {
                const len3 = data32.length;
                for (let i5 = 0; i5 < len3; i5++) {
                    let data33 = data32[i5];
                    if (typeof data33 === "string") {
                        if (!m_pattern5.test(data33)) {
                            const err85 = { instancePath: instancePath + "/tags/" + i5, schemaPath: "#/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: "must match pattern \"" + "^[a-z0-9-]+$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err86 = { instancePath: instancePath + "/tags/" + i5, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                }
                let i6 = data32.length;
                let j2;
                if (i6 > 1) {
                    const indices1 = {};
                    for (; i6--;) {
                        let item1 = data32[i6];
                        if (typeof item1 !== "string") {
                            continue;
                        }
                        if (typeof indices1[item1] == "number") {
                            j2 = indices1[item1];
                            const err87 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                            break;
                        }
                        indices1[item1] = i6;
                    }
                }
            }
            else {
                const err88 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err88];
                }
                else {
                    vErrors.push(err88);
                }
                errors++;
            }
        }
        if (data.framework !== undefined) {
            let data34 = data.framework;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                if (data34.name === undefined) {
                    const err89 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
                if (data34.version === undefined) {
                    const err90 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
                if (data34.reference === undefined) {
                    const err91 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property '" + "reference" + "'" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
                if (data34.specification === undefined) {
                    const err92 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "specification" }, message: "must have required property '" + "specification" + "'" };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
                for (const key6 in data34) {
                    if (!((((key6 === "name") || (key6 === "version")) || (key6 === "reference")) || (key6 === "specification"))) {
                        const err93 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
                if (data34.name !== undefined) {
                    if (typeof data34.name !== "string") {
                        const err94 = { instancePath: instancePath + "/framework/name", schemaPath: "#/properties/framework/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                if (data34.version !== undefined) {
                    if (typeof data34.version !== "string") {
                        const err95 = { instancePath: instancePath + "/framework/version", schemaPath: "#/properties/framework/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                }
                if (data34.reference !== undefined) {
                    if (typeof data34.reference !== "string") {
                        const err96 = { instancePath: instancePath + "/framework/reference", schemaPath: "#/properties/framework/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data34.specification !== undefined) {
                    if (typeof data34.specification !== "string") {
                        const err97 = { instancePath: instancePath + "/framework/specification", schemaPath: "#/properties/framework/properties/specification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err98 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err98];
                }
                else {
                    vErrors.push(err98);
                }
                errors++;
            }
        }
        if (data.deprecated !== undefined) {
            let data39 = data.deprecated;
            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.reason === undefined) {
                    const err99 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
                for (const key7 in data39) {
                    if (!((key7 === "reason") || (key7 === "replacedBy"))) {
                        const err100 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data39.reason !== undefined) {
                    if (typeof data39.reason !== "string") {
                        const err101 = { instancePath: instancePath + "/deprecated/reason", schemaPath: "#/properties/deprecated/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err101];
                        }
                        else {
                            vErrors.push(err101);
                        }
                        errors++;
                    }
                }
                if (data39.replacedBy !== undefined) {
                    let data41 = data39.replacedBy;
                    if (typeof data41 === "string") {
                        if (!m_pattern0.test(data41)) {
                            const err102 = { instancePath: instancePath + "/deprecated/replacedBy", schemaPath: "#/properties/deprecated/properties/replacedBy/pattern", keyword: "pattern", params: { pattern: "^MOAT-[A-Z0-9]+-[0-9]{3}$" }, message: "must match pattern \"" + "^MOAT-[A-Z0-9]+-[0-9]{3}$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err103 = { instancePath: instancePath + "/deprecated/replacedBy", schemaPath: "#/properties/deprecated/properties/replacedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err103];
                        }
                        else {
                            vErrors.push(err103);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err104 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err104];
                }
                else {
                    vErrors.push(err104);
                }
                errors++;
            }
        }
    }
    else {
        const err105 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err105];
        }
        else {
            vErrors.push(err105);
        }
        errors++;
    }
    m_validate10.errors = vErrors;
    return errors === 0;
}
exports.options0 = o_validate10;
const o_schema11 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate10.errors = vErrors;
    return errors === 0;
}
exports.options1 = o_validate11;
const o_schema12 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate11.errors = vErrors;
    return errors === 0;
}
exports.options2 = o_validate12;
const o_schema13 = { "type": "object", "properties": { "missingSslmodeFails": { "type": "boolean", "default": true, "description": "Whether a PostgreSQL connection string to a host that is not local, with neither sslmode nor ssl, fails (libpq's default sslmode is prefer, which falls back to clear text)." }, "sslModeVariables": { "type": "array", "items": { "type": "string" }, "default": ["PGSSLMODE", "DB_SSLMODE", "DB_SSL_MODE", "DATABASE_SSLMODE", "DATABASE_SSL_MODE", "POSTGRES_SSLMODE", "MYSQL_SSL_MODE"], "description": "Variables (compared ignoring case) that set the TLS mode apart from the connection string: disable, allow, prefer, disabled, preferred and none fail. PGSSLMODE is libpq's own; the others are common conventions." }, "sslSwitchVariables": { "type": "array", "items": { "type": "string" }, "default": ["DATABASE_SSL", "DATABASE_TLS", "DB_SSL", "DB_TLS", "DB_USE_SSL", "POSTGRES_SSL", "MYSQL_SSL", "REDIS_TLS", "REDIS_SSL"], "description": "Variables (compared ignoring case) that switch TLS on or off: false, 0, no, off and disable(d) fail." }, "localHosts": { "type": "array", "items": { "type": "string" }, "default": [], "description": "Further hosts that count as local, as patterns with * (e.g. \"*.sidecar.internal\"); localhost, 127.0.0.0/8, ::1 and Unix sockets always do." } }, "additionalProperties": false };
function o_validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((((key0 === "missingSslmodeFails") || (key0 === "sslModeVariables")) || (key0 === "sslSwitchVariables")) || (key0 === "localHosts"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.missingSslmodeFails !== undefined) {
            if (typeof data.missingSslmodeFails !== "boolean") {
                const err1 = { instancePath: instancePath + "/missingSslmodeFails", schemaPath: "#/properties/missingSslmodeFails/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.sslModeVariables !== undefined) {
            let data1 = data.sslModeVariables;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data1[i0] !== "string") {
                        const err2 = { instancePath: instancePath + "/sslModeVariables/" + i0, schemaPath: "#/properties/sslModeVariables/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/sslModeVariables", schemaPath: "#/properties/sslModeVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.sslSwitchVariables !== undefined) {
            let data3 = data.sslSwitchVariables;
            if (Array.isArray(data3)) {
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data3[i1] !== "string") {
                        const err4 = { instancePath: instancePath + "/sslSwitchVariables/" + i1, schemaPath: "#/properties/sslSwitchVariables/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/sslSwitchVariables", schemaPath: "#/properties/sslSwitchVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.localHosts !== undefined) {
            let data5 = data.localHosts;
            if (Array.isArray(data5)) {
                const len2 = data5.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    if (typeof data5[i2] !== "string") {
                        const err6 = { instancePath: instancePath + "/localHosts/" + i2, schemaPath: "#/properties/localHosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/localHosts", schemaPath: "#/properties/localHosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    o_validate12.errors = vErrors;
    return errors === 0;
}
exports.options3 = o_validate13;
const o_schema14 = { "type": "object", "properties": { "requireCertificateVerification": { "type": "boolean", "default": false, "description": "Also fail ssl_mode = \"require\" (encrypted, but the server's certificate is not verified), at medium severity." } }, "additionalProperties": false };
function o_validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "requireCertificateVerification")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.requireCertificateVerification !== undefined) {
            if (typeof data.requireCertificateVerification !== "boolean") {
                const err1 = { instancePath: instancePath + "/requireCertificateVerification", schemaPath: "#/properties/requireCertificateVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    o_validate13.errors = vErrors;
    return errors === 0;
}
exports.options4 = o_validate14;
const o_schema15 = { "type": "object", "properties": { "disallowedTlsValues": { "type": "array", "items": { "enum": ["enabled", "disabled", "fips-140-3", "tls1.2+", "tls1.3+"] }, "uniqueItems": true, "default": ["disabled"], "description": "Values of the tls cluster parameter that fail. Add \"enabled\" to require TLS 1.2 or later (clusters without a custom group then fail too, since their default is \"enabled\")." } }, "additionalProperties": false };
const o_func0 = require("ajv/dist/runtime/equal").default;
function o_validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "disallowedTlsValues")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.disallowedTlsValues !== undefined) {
            let data0 = data.disallowedTlsValues;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (!(((((data1 === "enabled") || (data1 === "disabled")) || (data1 === "fips-140-3")) || (data1 === "tls1.2+")) || (data1 === "tls1.3+"))) {
                        const err1 = { instancePath: instancePath + "/disallowedTlsValues/" + i0, schemaPath: "#/properties/disallowedTlsValues/items/enum", keyword: "enum", params: { allowedValues: o_schema15.properties.disallowedTlsValues.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                let i1 = data0.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (o_func0(data0[i1], data0[j0])) {
                                const err2 = { instancePath: instancePath + "/disallowedTlsValues", schemaPath: "#/properties/disallowedTlsValues/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/disallowedTlsValues", schemaPath: "#/properties/disallowedTlsValues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    o_validate14.errors = vErrors;
    return errors === 0;
}
exports.options5 = o_validate15;
const o_schema16 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate15.errors = vErrors;
    return errors === 0;
}
exports.options6 = o_validate16;
const o_schema17 = { "type": "object", "properties": { "httpPorts": { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 65535 }, "uniqueItems": true, "default": [80, 8080], "description": "Ports on which clients speak plain HTTP, so a TCP listener (classic or network load balancer) there fails. `http` listeners fail on every port." } }, "additionalProperties": false };
function o_validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "httpPorts")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.httpPorts !== undefined) {
            let data0 = data.httpPorts;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) {
                        const err1 = { instancePath: instancePath + "/httpPorts/" + i0, schemaPath: "#/properties/httpPorts/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                    if (typeof data1 == "number") {
                        if (data1 > 65535 || isNaN(data1)) {
                            const err2 = { instancePath: instancePath + "/httpPorts/" + i0, schemaPath: "#/properties/httpPorts/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                        if (data1 < 1 || isNaN(data1)) {
                            const err3 = { instancePath: instancePath + "/httpPorts/" + i0, schemaPath: "#/properties/httpPorts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                let i1 = data0.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data0[i1];
                        if (!((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0)))) {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err4 = { instancePath: instancePath + "/httpPorts", schemaPath: "#/properties/httpPorts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/httpPorts", schemaPath: "#/properties/httpPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    o_validate16.errors = vErrors;
    return errors === 0;
}
exports.options7 = o_validate17;
const o_schema18 = { "type": "object", "properties": { "minTlsVersion": { "type": "string", "enum": ["1.0", "1.1", "1.2", "1.3"], "default": "1.2", "description": "The oldest TLS version a listener may negotiate. Classic load balancers support TLS 1.2 at most, so \"1.3\" fails every classic HTTPS/SSL listener (move them to an application or network load balancer)." } }, "additionalProperties": false };
function o_validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "minTlsVersion")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.minTlsVersion !== undefined) {
            let data0 = data.minTlsVersion;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/minTlsVersion", schemaPath: "#/properties/minTlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((((data0 === "1.0") || (data0 === "1.1")) || (data0 === "1.2")) || (data0 === "1.3"))) {
                const err2 = { instancePath: instancePath + "/minTlsVersion", schemaPath: "#/properties/minTlsVersion/enum", keyword: "enum", params: { allowedValues: o_schema18.properties.minTlsVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    o_validate17.errors = vErrors;
    return errors === 0;
}
exports.options8 = o_validate18;
const o_schema19 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate18.errors = vErrors;
    return errors === 0;
}
exports.options9 = o_validate19;
const o_schema20 = { "type": "object", "properties": { "includeInternal": { "type": "boolean", "default": true, "description": "Also judge internal load balancers (`internal = true`); their findings have medium severity." } }, "additionalProperties": false };
function o_validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "includeInternal")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.includeInternal !== undefined) {
            if (typeof data.includeInternal !== "boolean") {
                const err1 = { instancePath: instancePath + "/includeInternal", schemaPath: "#/properties/includeInternal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    o_validate19.errors = vErrors;
    return errors === 0;
}
exports.options10 = o_validate20;
const o_schema21 = { "type": "object", "properties": { "minTlsVersion": { "type": "string", "enum": ["1.2", "1.3"], "default": "1.2", "description": "The oldest TLS version a listener's security policy may allow." }, "requireForwardSecrecy": { "type": "boolean", "default": false, "description": "Also fail policies that offer cipher suites without forward secrecy (RSA key exchange)." } }, "additionalProperties": false };
function o_validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "minTlsVersion") || (key0 === "requireForwardSecrecy"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.minTlsVersion !== undefined) {
            let data0 = data.minTlsVersion;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/minTlsVersion", schemaPath: "#/properties/minTlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((data0 === "1.2") || (data0 === "1.3"))) {
                const err2 = { instancePath: instancePath + "/minTlsVersion", schemaPath: "#/properties/minTlsVersion/enum", keyword: "enum", params: { allowedValues: o_schema21.properties.minTlsVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.requireForwardSecrecy !== undefined) {
            if (typeof data.requireForwardSecrecy !== "boolean") {
                const err3 = { instancePath: instancePath + "/requireForwardSecrecy", schemaPath: "#/properties/requireForwardSecrecy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    o_validate20.errors = vErrors;
    return errors === 0;
}
exports.options11 = o_validate21;
const o_schema22 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate21.errors = vErrors;
    return errors === 0;
}
exports.options12 = o_validate22;
const o_schema23 = { "type": "object", "properties": { "tlsPorts": { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 65535 }, "uniqueItems": true, "default": [443, 8443, 636, 993, 995, 465, 5671, 9093], "description": "Ports on which a TCP listener is assumed to carry TLS that the load balancer should terminate." } }, "additionalProperties": false };
function o_validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "tlsPorts")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.tlsPorts !== undefined) {
            let data0 = data.tlsPorts;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) {
                        const err1 = { instancePath: instancePath + "/tlsPorts/" + i0, schemaPath: "#/properties/tlsPorts/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                    if (typeof data1 == "number") {
                        if (data1 > 65535 || isNaN(data1)) {
                            const err2 = { instancePath: instancePath + "/tlsPorts/" + i0, schemaPath: "#/properties/tlsPorts/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                        if (data1 < 1 || isNaN(data1)) {
                            const err3 = { instancePath: instancePath + "/tlsPorts/" + i0, schemaPath: "#/properties/tlsPorts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                let i1 = data0.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data0[i1];
                        if (!((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0)))) {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err4 = { instancePath: instancePath + "/tlsPorts", schemaPath: "#/properties/tlsPorts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/tlsPorts", schemaPath: "#/properties/tlsPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    o_validate22.errors = vErrors;
    return errors === 0;
}
exports.options13 = o_validate23;
const o_schema24 = { "type": "object", "properties": { "minMaxAge": { "type": "integer", "minimum": 0, "default": 31536000, "description": "The shortest max-age, in seconds, that passes (default one year)." } }, "additionalProperties": false };
function o_validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "minMaxAge")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.minMaxAge !== undefined) {
            let data0 = data.minMaxAge;
            if (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) {
                const err1 = { instancePath: instancePath + "/minMaxAge", schemaPath: "#/properties/minMaxAge/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (typeof data0 == "number") {
                if (data0 < 0 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/minMaxAge", schemaPath: "#/properties/minMaxAge/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    o_validate23.errors = vErrors;
    return errors === 0;
}
exports.options14 = o_validate24;
const o_schema25 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate24.errors = vErrors;
    return errors === 0;
}
exports.options15 = o_validate25;
const o_schema26 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate25.errors = vErrors;
    return errors === 0;
}
exports.options16 = o_validate26;
const o_schema27 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate26.errors = vErrors;
    return errors === 0;
}
exports.options17 = o_validate27;
const o_schema28 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate27.errors = vErrors;
    return errors === 0;
}
exports.options18 = o_validate28;
const o_schema29 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate28.errors = vErrors;
    return errors === 0;
}
exports.options19 = o_validate29;
const o_schema30 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate29.errors = vErrors;
    return errors === 0;
}
exports.options20 = o_validate30;
const o_schema31 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate30.errors = vErrors;
    return errors === 0;
}
exports.options21 = o_validate31;
const o_schema32 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate31.errors = vErrors;
    return errors === 0;
}
exports.options22 = o_validate32;
const o_schema33 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate32.errors = vErrors;
    return errors === 0;
}
exports.options23 = o_validate33;
const o_schema34 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate33.errors = vErrors;
    return errors === 0;
}
exports.options24 = o_validate34;
const o_schema35 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate34.errors = vErrors;
    return errors === 0;
}
exports.options25 = o_validate35;
const o_schema36 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate35.errors = vErrors;
    return errors === 0;
}
exports.options26 = o_validate36;
const o_schema37 = { "type": "object", "properties": {}, "additionalProperties": false };
function o_validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    o_validate36.errors = vErrors;
    return errors === 0;
}
exports.options27 = o_validate37;
const o_schema38 = { "type": "object", "properties": { "publicPrefixMax": { "type": "integer", "minimum": 0, "maximum": 128, "default": 0, "description": "Widens \"the internet\": besides every /0, a CIDR whose prefix length is at most this number and that holds public (non-RFC 1918, non-ULA) addresses counts as the internet. 0 means only a /0 (0.0.0.0/0, ::/0, however written). Give MOAT-SG-001, MOAT-SG-002 and MOAT-SG-003 the same value. A VPC's or subnet's IPv4 CIDR that is not known before apply (allocated by IPAM, or read from a data source) is /16 to /28, so it counts as the internet only when this is 16 or more." } }, "additionalProperties": false };
function o_validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "publicPrefixMax")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.publicPrefixMax !== undefined) {
            let data0 = data.publicPrefixMax;
            if (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) {
                const err1 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (typeof data0 == "number") {
                if (data0 > 128 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0 < 0 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    o_validate37.errors = vErrors;
    return errors === 0;
}
exports.options28 = o_validate38;
const o_schema39 = { "type": "object", "properties": { "allowedPublicPorts": { "type": "object", "additionalProperties": false, "properties": { "tcp": { "type": "array", "items": { "oneOf": [{ "type": "integer", "minimum": 0, "maximum": 65535 }, { "type": "string", "pattern": "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" }] } }, "udp": { "type": "array", "items": { "oneOf": [{ "type": "integer", "minimum": 0, "maximum": 65535 }, { "type": "string", "pattern": "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" }] } } }, "default": { "tcp": [80, 443], "udp": [] }, "description": "Ports that may be open to the internet, per protocol: numbers or \"from-to\" ranges, e.g. { \"tcp\": [80, 443, \"30000-32767\"], \"udp\": [500] }. Replaces the default as a whole; a protocol left out allows no port." }, "sensitivePorts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service"], "properties": { "port": { "type": "integer", "minimum": 0, "maximum": 65535 }, "from": { "type": "integer", "minimum": 0, "maximum": 65535 }, "to": { "type": "integer", "minimum": 0, "maximum": 65535 }, "service": { "type": "string", "minLength": 1 } }, "oneOf": [{ "required": ["port"] }, { "required": ["from", "to"] }] }, "default": [{ "port": 20, "service": "FTP data" }, { "port": 21, "service": "FTP" }, { "port": 22, "service": "SSH" }, { "port": 23, "service": "Telnet" }, { "port": 25, "service": "SMTP" }, { "port": 53, "service": "DNS" }, { "port": 110, "service": "POP3" }, { "port": 135, "service": "MS RPC" }, { "from": 137, "to": 139, "service": "NetBIOS" }, { "port": 143, "service": "IMAP" }, { "port": 389, "service": "LDAP" }, { "port": 445, "service": "SMB" }, { "port": 636, "service": "LDAPS" }, { "port": 1433, "service": "SQL Server" }, { "port": 1434, "service": "SQL Server Browser" }, { "port": 1521, "service": "Oracle DB" }, { "port": 2049, "service": "NFS" }, { "port": 2375, "service": "Docker API" }, { "port": 2376, "service": "Docker API (TLS)" }, { "port": 3306, "service": "MySQL" }, { "port": 3389, "service": "RDP" }, { "port": 4333, "service": "mSQL" }, { "port": 5432, "service": "PostgreSQL" }, { "port": 5601, "service": "Kibana" }, { "port": 5900, "service": "VNC" }, { "port": 5985, "service": "WinRM" }, { "port": 5986, "service": "WinRM (HTTPS)" }, { "port": 6379, "service": "Redis" }, { "port": 7001, "service": "WebLogic" }, { "port": 8080, "service": "HTTP alternate/proxy" }, { "port": 8888, "service": "HTTP alternate" }, { "port": 9042, "service": "Cassandra" }, { "port": 9200, "service": "Elasticsearch" }, { "port": 9300, "service": "Elasticsearch transport" }, { "port": 11211, "service": "Memcached" }, { "port": 27017, "service": "MongoDB" }, { "port": 27018, "service": "MongoDB shard" }], "description": "Ports whose public exposure is critical, with the service named in the message: { \"port\": 22, \"service\": \"SSH\" } or { \"from\": 137, \"to\": 139, \"service\": \"NetBIOS\" }. Applies to TCP and UDP. A port listed in allowedPublicPorts is not reported at all." }, "publicPrefixMax": { "type": "integer", "minimum": 0, "maximum": 128, "default": 0, "description": "Widens \"the internet\": besides every /0, a CIDR whose prefix length is at most this number and that holds public (non-RFC 1918, non-ULA) addresses counts as the internet. 0 means only a /0 (0.0.0.0/0, ::/0, however written). Give MOAT-SG-001, MOAT-SG-002 and MOAT-SG-003 the same value. A VPC's or subnet's IPv4 CIDR that is not known before apply (allocated by IPAM, or read from a data source) is /16 to /28, so it counts as the internet only when this is 16 or more." } }, "additionalProperties": false };
const o_pattern0 = new RegExp("^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$", "u");
const o_func3 = require("ajv/dist/runtime/ucs2length").default;
function o_validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((key0 === "allowedPublicPorts") || (key0 === "sensitivePorts")) || (key0 === "publicPrefixMax"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.allowedPublicPorts !== undefined) {
            let data0 = data.allowedPublicPorts;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                for (const key1 in data0) {
                    if (!((key1 === "tcp") || (key1 === "udp"))) {
                        const err1 = { instancePath: instancePath + "/allowedPublicPorts", schemaPath: "#/properties/allowedPublicPorts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                if (data0.tcp !== undefined) {
                    let data1 = data0.tcp;
                    if (Array.isArray(data1)) {
                        const len0 = data1.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data2 = data1[i0];
                            const _errs8 = errors;
                            let valid4 = false;
                            let passing0 = null;
                            const _errs9 = errors;
                            if (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) {
                                const err2 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                            if (typeof data2 == "number") {
                                if (data2 > 65535 || isNaN(data2)) {
                                    const err3 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                                    if (vErrors === null) {
                                        vErrors = [err3];
                                    }
                                    else {
                                        vErrors.push(err3);
                                    }
                                    errors++;
                                }
                                if (data2 < 0 || isNaN(data2)) {
                                    const err4 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err4];
                                    }
                                    else {
                                        vErrors.push(err4);
                                    }
                                    errors++;
                                }
                            }
                            var _valid0 = _errs9 === errors;
                            if (_valid0) {
                                valid4 = true;
                                passing0 = 0;
                            }
                            const _errs11 = errors;
                            if (typeof data2 === "string") {
                                if (!o_pattern0.test(data2)) {
                                    const err5 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" }, message: "must match pattern \"" + "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                            var _valid0 = _errs11 === errors;
                            if (_valid0 && valid4) {
                                valid4 = false;
                                passing0 = [passing0, 1];
                            }
                            else {
                                if (_valid0) {
                                    valid4 = true;
                                    passing0 = 1;
                                }
                            }
                            if (!valid4) {
                                const err7 = { instancePath: instancePath + "/allowedPublicPorts/tcp/" + i0, schemaPath: "#/properties/allowedPublicPorts/properties/tcp/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs8;
                                if (vErrors !== null) {
                                    if (_errs8) {
                                        vErrors.length = _errs8;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/allowedPublicPorts/tcp", schemaPath: "#/properties/allowedPublicPorts/properties/tcp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data0.udp !== undefined) {
                    let data3 = data0.udp;
                    if (Array.isArray(data3)) {
                        const len1 = data3.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                            let data4 = data3[i1];
                            const _errs16 = errors;
                            let valid7 = false;
                            let passing1 = null;
                            const _errs17 = errors;
                            if (!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) {
                                const err9 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                            if (typeof data4 == "number") {
                                if (data4 > 65535 || isNaN(data4)) {
                                    const err10 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                                if (data4 < 0 || isNaN(data4)) {
                                    const err11 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                            var _valid1 = _errs17 === errors;
                            if (_valid1) {
                                valid7 = true;
                                passing1 = 0;
                            }
                            const _errs19 = errors;
                            if (typeof data4 === "string") {
                                if (!o_pattern0.test(data4)) {
                                    const err12 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" }, message: "must match pattern \"" + "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err13 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            var _valid1 = _errs19 === errors;
                            if (_valid1 && valid7) {
                                valid7 = false;
                                passing1 = [passing1, 1];
                            }
                            else {
                                if (_valid1) {
                                    valid7 = true;
                                    passing1 = 1;
                                }
                            }
                            if (!valid7) {
                                const err14 = { instancePath: instancePath + "/allowedPublicPorts/udp/" + i1, schemaPath: "#/properties/allowedPublicPorts/properties/udp/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs16;
                                if (vErrors !== null) {
                                    if (_errs16) {
                                        vErrors.length = _errs16;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/allowedPublicPorts/udp", schemaPath: "#/properties/allowedPublicPorts/properties/udp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/allowedPublicPorts", schemaPath: "#/properties/allowedPublicPorts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.sensitivePorts !== undefined) {
            let data5 = data.sensitivePorts;
            if (Array.isArray(data5)) {
                const len2 = data5.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data6 = data5[i2];
                    const _errs25 = errors;
                    let valid10 = false;
                    let passing2 = null;
                    const _errs26 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.port === undefined) {
                            const err17 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/oneOf/0/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs26 === errors;
                    if (_valid2) {
                        valid10 = true;
                        passing2 = 0;
                    }
                    const _errs27 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.from === undefined) {
                            const err18 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/oneOf/1/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property '" + "from" + "'" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        if (data6.to === undefined) {
                            const err19 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/oneOf/1/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property '" + "to" + "'" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs27 === errors;
                    if (_valid2 && valid10) {
                        valid10 = false;
                        passing2 = [passing2, 1];
                    }
                    else {
                        if (_valid2) {
                            valid10 = true;
                            passing2 = 1;
                        }
                    }
                    if (!valid10) {
                        const err20 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs25;
                        if (vErrors !== null) {
                            if (_errs25) {
                                vErrors.length = _errs25;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.service === undefined) {
                            const err21 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        for (const key2 in data6) {
                            if (!((((key2 === "port") || (key2 === "from")) || (key2 === "to")) || (key2 === "service"))) {
                                const err22 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data6.port !== undefined) {
                            let data7 = data6.port;
                            if (!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) {
                                const err23 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/port", schemaPath: "#/properties/sensitivePorts/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            if (typeof data7 == "number") {
                                if (data7 > 65535 || isNaN(data7)) {
                                    const err24 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/port", schemaPath: "#/properties/sensitivePorts/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                                if (data7 < 0 || isNaN(data7)) {
                                    const err25 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/port", schemaPath: "#/properties/sensitivePorts/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data6.from !== undefined) {
                            let data8 = data6.from;
                            if (!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) {
                                const err26 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/from", schemaPath: "#/properties/sensitivePorts/items/properties/from/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                            if (typeof data8 == "number") {
                                if (data8 > 65535 || isNaN(data8)) {
                                    const err27 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/from", schemaPath: "#/properties/sensitivePorts/items/properties/from/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                                if (data8 < 0 || isNaN(data8)) {
                                    const err28 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/from", schemaPath: "#/properties/sensitivePorts/items/properties/from/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data6.to !== undefined) {
                            let data9 = data6.to;
                            if (!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) {
                                const err29 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/to", schemaPath: "#/properties/sensitivePorts/items/properties/to/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                            if (typeof data9 == "number") {
                                if (data9 > 65535 || isNaN(data9)) {
                                    const err30 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/to", schemaPath: "#/properties/sensitivePorts/items/properties/to/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                                    if (vErrors === null) {
                                        vErrors = [err30];
                                    }
                                    else {
                                        vErrors.push(err30);
                                    }
                                    errors++;
                                }
                                if (data9 < 0 || isNaN(data9)) {
                                    const err31 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/to", schemaPath: "#/properties/sensitivePorts/items/properties/to/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data6.service !== undefined) {
                            let data10 = data6.service;
                            if (typeof data10 === "string") {
                                if (o_func3(data10) < 1) {
                                    const err32 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/service", schemaPath: "#/properties/sensitivePorts/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err33 = { instancePath: instancePath + "/sensitivePorts/" + i2 + "/service", schemaPath: "#/properties/sensitivePorts/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/sensitivePorts/" + i2, schemaPath: "#/properties/sensitivePorts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/sensitivePorts", schemaPath: "#/properties/sensitivePorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.publicPrefixMax !== undefined) {
            let data11 = data.publicPrefixMax;
            if (!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) {
                const err36 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            if (typeof data11 == "number") {
                if (data11 > 128 || isNaN(data11)) {
                    const err37 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                    const err38 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err39];
        }
        else {
            vErrors.push(err39);
        }
        errors++;
    }
    o_validate38.errors = vErrors;
    return errors === 0;
}
exports.options29 = o_validate39;
const o_schema40 = { "type": "object", "properties": { "maxPortRange": { "type": "integer", "minimum": 1, "maximum": 65535, "default": 1024, "description": "The most ports one ingress rule may open (to_port - from_port + 1); a rule that opens more is reported." }, "publicPrefixMax": { "type": "integer", "minimum": 0, "maximum": 128, "default": 0, "description": "Widens \"the internet\": besides every /0, a CIDR whose prefix length is at most this number and that holds public (non-RFC 1918, non-ULA) addresses counts as the internet. 0 means only a /0 (0.0.0.0/0, ::/0, however written). Give MOAT-SG-001, MOAT-SG-002 and MOAT-SG-003 the same value. A VPC's or subnet's IPv4 CIDR that is not known before apply (allocated by IPAM, or read from a data source) is /16 to /28, so it counts as the internet only when this is 16 or more." } }, "additionalProperties": false };
function o_validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "maxPortRange") || (key0 === "publicPrefixMax"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.maxPortRange !== undefined) {
            let data0 = data.maxPortRange;
            if (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) {
                const err1 = { instancePath: instancePath + "/maxPortRange", schemaPath: "#/properties/maxPortRange/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (typeof data0 == "number") {
                if (data0 > 65535 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/maxPortRange", schemaPath: "#/properties/maxPortRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/maxPortRange", schemaPath: "#/properties/maxPortRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        if (data.publicPrefixMax !== undefined) {
            let data1 = data.publicPrefixMax;
            if (!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) {
                const err4 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (typeof data1 == "number") {
                if (data1 > 128 || isNaN(data1)) {
                    const err5 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1 < 0 || isNaN(data1)) {
                    const err6 = { instancePath: instancePath + "/publicPrefixMax", schemaPath: "#/properties/publicPrefixMax/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    o_validate39.errors = vErrors;
    return errors === 0;
}
exports.builtIn = {
    ruleMeta: exports.ruleMeta,
    options: {
        "MOAT-CACHE-001": exports.options0,
        "MOAT-CACHE-002": exports.options1,
        "MOAT-DB-010": exports.options2,
        "MOAT-DMS-001": exports.options3,
        "MOAT-DOCDB-001": exports.options4,
        "MOAT-DOCDB-002": exports.options5,
        "MOAT-ELB-001": exports.options6,
        "MOAT-ELB-002": exports.options7,
        "MOAT-LB-001": exports.options8,
        "MOAT-LB-002": exports.options9,
        "MOAT-LB-003": exports.options10,
        "MOAT-LB-004": exports.options11,
        "MOAT-LB-005": exports.options12,
        "MOAT-LB-006": exports.options13,
        "MOAT-MEMORYDB-001": exports.options14,
        "MOAT-MSK-001": exports.options15,
        "MOAT-NEPTUNE-001": exports.options16,
        "MOAT-NEPTUNE-002": exports.options17,
        "MOAT-OPENSEARCH-001": exports.options18,
        "MOAT-OPENSEARCH-002": exports.options19,
        "MOAT-OPENSEARCH-003": exports.options20,
        "MOAT-RDS-001": exports.options21,
        "MOAT-RDS-002": exports.options22,
        "MOAT-RDS-003": exports.options23,
        "MOAT-RDS-004": exports.options24,
        "MOAT-REDSHIFT-001": exports.options25,
        "MOAT-REDSHIFT-002": exports.options26,
        "MOAT-SG-001": exports.options27,
        "MOAT-SG-002": exports.options28,
        "MOAT-SG-003": exports.options29,
    },
};
